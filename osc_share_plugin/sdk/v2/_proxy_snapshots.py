"""Proxy methods: share snapshots, snapshot instances and access rules.

Mixed into :class:`osc_share_plugin.sdk.v2._proxy.Proxy`, the one public
proxy class; each family of resources keeps its methods in its own module.
"""

from openstack import exceptions

from osc_share_plugin.sdk.v2 import _proxy_common
from osc_share_plugin.sdk.v2 import share as _share
from osc_share_plugin.sdk.v2 import share_access_rule as _access_rule
from osc_share_plugin.sdk.v2 import share_snapshot as _share_snapshot
from osc_share_plugin.sdk.v2 import share_snapshot_instance as _instance

_Snapshot = _share_snapshot.ShareSnapshot
_SnapshotAccess = _share_snapshot.ShareSnapshotAccessRule
_SnapshotLocation = _share_snapshot.ShareSnapshotExportLocation
_Instance = _instance.ShareSnapshotInstance
_InstanceLocation = _instance.ShareSnapshotInstanceExportLocation
_Rule = _access_rule.ShareAccessRule


class SnapshotMethods(_proxy_common.CommonMethods):
    # ========== Share snapshots ==========

    def share_snapshots(self, details=True, **query):
        """List share snapshots, following every page.

        :param bool details: List ``/snapshots/detail`` (all fields).
        :param kwargs query: Filters sent to the server: ``name``,
            ``name~``, ``description``, ``description~``, ``status``,
            ``share_id``, ``project_id``, ``user_id``, ``size``,
            ``share_size``, ``share_proto``, ``usage`` (``used`` or
            ``unused``), ``metadata`` (dict, 2.73), ``with_count``,
            ``all_projects``, ``sort_key``, ``sort_dir``, ``offset`` and
            ``limit`` (one page).
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.share_snapshot.ShareSnapshot`
        """
        return self._list_in_detail(_Snapshot, details, **query)

    def count_share_snapshots(self, **query):
        """The number of snapshots matching the filters (2.79).

        :param kwargs query: The filters of :meth:`share_snapshots`.
        :returns: The count the server returns, before paging.
        """
        return _Snapshot.count(self, **query)

    def get_share_snapshot(self, snapshot_id):
        """Show one share snapshot.

        :param snapshot_id: The ID of a snapshot.
        :returns: A
            :class:`~osc_share_plugin.sdk.v2.share_snapshot.ShareSnapshot`
        """
        return self._get(_Snapshot, snapshot_id)

    def find_share_snapshot(self, name_or_id, ignore_missing=True, **query):
        """Find a share snapshot by ID, else by name (at most 2 requests).

        :param name_or_id: The name or ID of a snapshot.
        :param bool ignore_missing: When ``False``, raise
            :class:`~openstack.exceptions.NotFoundException` when nothing
            matches.
        :returns: One snapshot or None
        """
        return self._find_in_detail(
            _Snapshot, name_or_id, ignore_missing, **query
        )

    def create_share_snapshot(self, **attrs):
        """Create a snapshot of a share.

        :param attrs: ``share_id`` (required), ``name``, ``description``,
            ``force`` (snapshot a busy share), ``metadata`` (2.73).
        :returns: The new
            :class:`~osc_share_plugin.sdk.v2.share_snapshot.ShareSnapshot`
        """
        return self._create(_Snapshot, **attrs)

    def update_share_snapshot(self, snapshot_id, **attrs):
        """Rename a snapshot or change its description.

        :param snapshot_id: The ID of a snapshot, or a ShareSnapshot.
        :param dict attrs: ``display_name`` (or ``name``) and
            ``display_description`` (or ``description``).
        :returns: The updated
            :class:`~osc_share_plugin.sdk.v2.share_snapshot.ShareSnapshot`
        """
        # Manila's update reads only the display_* keys.
        for short, wire in (
            ('name', 'display_name'),
            ('description', 'display_description'),
        ):
            if short in attrs:
                attrs[wire] = attrs.pop(short)
        return self._update(_Snapshot, snapshot_id, **attrs)

    def delete_share_snapshot(
        self, snapshot_id, ignore_missing=True, *, force=False
    ):
        """Delete a share snapshot.

        :param snapshot_id: The ID of a snapshot, or a ShareSnapshot.
        :param bool ignore_missing: When ``False``, a missing snapshot
            raises :class:`~openstack.exceptions.NotFoundException`.
        :param bool force: Use the admin-only ``force_delete`` action,
            whatever the snapshot's status.
        :returns: ``None``
        """
        self._delete_or_force(_Snapshot, snapshot_id, ignore_missing, force)

    def reset_share_snapshot_status(self, snapshot_id, status):
        """Set a snapshot's status explicitly (admin).

        :param snapshot_id: The ID of a snapshot, or a ShareSnapshot.
        :param str status: The status to set, such as ``available``.
        :returns: ``None``
        """
        self._get_resource(_Snapshot, snapshot_id).reset_status(self, status)

    def manage_share_snapshot(self, share_id, provider_location, **params):
        """Bring a snapshot the backend has under Manila (admin, 2.12).

        :param share_id: The ID of the snapshot's share, or a Share.
        :param str provider_location: Where the backend keeps it.
        :param params: ``name``, ``description``, ``driver_options``.
        :returns: The managed
            :class:`~osc_share_plugin.sdk.v2.share_snapshot.ShareSnapshot`
        """
        return _Snapshot.manage(
            self, _share.Share._get_id(share_id), provider_location, **params
        )

    def unmanage_share_snapshot(self, snapshot_id):
        """Stop managing a snapshot, leaving it on the backend (2.12).

        :param snapshot_id: The ID of a snapshot, or a ShareSnapshot.
        :returns: ``None``
        """
        self._get_resource(_Snapshot, snapshot_id).unmanage(self)

    # ========== Share snapshot metadata (2.73) ==========

    def get_share_snapshot_metadata(self, snapshot_id):
        """List a snapshot's metadata.

        :param snapshot_id: The ID of a snapshot, or a ShareSnapshot.
        :returns: The snapshot, with ``metadata`` filled in.
        """
        return self._get_resource(_Snapshot, snapshot_id).fetch_metadata(self)

    def update_share_snapshot_metadata(
        self, snapshot_id, metadata, replace=False
    ):
        """Set metadata items on a snapshot.

        :param snapshot_id: The ID of a snapshot, or a ShareSnapshot.
        :param dict metadata: The items to set.
        :param bool replace: Replace all metadata with ``metadata``.
        :returns: The snapshot, with all its metadata.
        """
        res = self._get_resource(_Snapshot, snapshot_id)
        return res.set_metadata(self, metadata=metadata, replace=replace)

    def delete_share_snapshot_metadata(
        self, snapshot_id, keys, ignore_missing=True
    ):
        """Delete metadata items of a snapshot.

        :param snapshot_id: The ID of a snapshot, or a ShareSnapshot.
        :param keys: The keys to delete.
        :param bool ignore_missing: When ``False``, a missing key raises
            :class:`~openstack.exceptions.NotFoundException` (after every
            other key was deleted).
        :returns: ``None``
        """
        res = self._get_resource(_Snapshot, snapshot_id)
        res.delete_metadata_keys(self, keys, ignore_missing)

    # ========== Snapshot access rules (mountable snapshots, 2.32) ==========

    def share_snapshot_access_rules(self, snapshot_id):
        """List the access rules of a snapshot.

        :param snapshot_id: The ID of a snapshot, or a ShareSnapshot.
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.share_snapshot.ShareSnapshotAccessRule`
        """
        return self._list_under(_SnapshotAccess, snapshot_id=snapshot_id)

    def create_share_snapshot_access_rule(
        self, snapshot_id, access_type, access_to
    ):
        """Allow access to a snapshot (read only).

        :param snapshot_id: The ID of a snapshot, or a ShareSnapshot.
        :param str access_type: ``ip``, ``user``, ``cert`` or ``cephx``.
        :param str access_to: Who gets access.
        :returns: The new
            :class:`~osc_share_plugin.sdk.v2.share_snapshot.ShareSnapshotAccessRule`
        """
        res = self._get_resource(_Snapshot, snapshot_id)
        return res.allow_access(self, access_type, access_to)

    def delete_share_snapshot_access_rule(self, snapshot_id, access_id):
        """Deny an access rule of a snapshot.

        :param snapshot_id: The ID of a snapshot, or a ShareSnapshot.
        :param access_id: The ID of one of its access rules.
        :returns: The rule, which Manila removes asynchronously.
        """
        res = self._get_resource(_Snapshot, snapshot_id)
        res.deny_access(self, access_id)
        return _SnapshotAccess.existing(id=access_id, snapshot_id=res.id)

    # ========== Snapshot export locations (2.32) ==========

    def share_snapshot_export_locations(self, snapshot_id):
        """List the export locations of a mountable snapshot.

        :param snapshot_id: The ID of a snapshot, or a ShareSnapshot.
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.share_snapshot.ShareSnapshotExportLocation`
        """
        return self._list_under(_SnapshotLocation, snapshot_id=snapshot_id)

    def get_share_snapshot_export_location(self, export_location, snapshot_id):
        """Show one export location of a snapshot.

        :param export_location: The ID of an export location.
        :param snapshot_id: The ID of a snapshot, or a ShareSnapshot.
        :returns: A
            :class:`~osc_share_plugin.sdk.v2.share_snapshot.ShareSnapshotExportLocation`
        """
        return self._get_under(
            _SnapshotLocation, export_location, snapshot_id=snapshot_id
        )

    # ========== Share snapshot instances (admin, 2.19) ==========

    def share_snapshot_instances(self, details=True, **query):
        """List share snapshot instances.

        :param bool details: Whether to list
            ``/snapshot-instances/detail`` (all fields).
        :param kwargs query: ``snapshot_id``, the one filter Manila knows.
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.share_snapshot_instance.ShareSnapshotInstance`
        """
        return self._list_in_detail(_Instance, details, **query)

    def get_share_snapshot_instance(self, snapshot_instance_id):
        """Show one share snapshot instance.

        :param snapshot_instance_id: The ID of a snapshot instance.
        :returns: A
            :class:`~osc_share_plugin.sdk.v2.share_snapshot_instance.ShareSnapshotInstance`
        """
        return self._get(_Instance, snapshot_instance_id)

    def reset_share_snapshot_instance_status(
        self, snapshot_instance_id, status
    ):
        """Set a snapshot instance's status explicitly (admin).

        :param snapshot_instance_id: The ID of a snapshot instance.
        :param str status: The status to set, such as ``available``.
        :returns: ``None``
        """
        res = self._get_resource(_Instance, snapshot_instance_id)
        res.reset_status(self, status)

    def share_snapshot_instance_export_locations(self, snapshot_instance_id):
        """List the export locations of a snapshot instance (2.32).

        :param snapshot_instance_id: The ID of a snapshot instance.
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.share_snapshot_instance.ShareSnapshotInstanceExportLocation`
        """
        return self._list_under(
            _InstanceLocation, snapshot_instance_id=snapshot_instance_id
        )

    def get_share_snapshot_instance_export_location(
        self, export_location, snapshot_instance_id
    ):
        """Show one export location of a snapshot instance (2.32).

        :param export_location: The ID of an export location.
        :param snapshot_instance_id: The ID of a snapshot instance.
        :returns: A
            :class:`~osc_share_plugin.sdk.v2.share_snapshot_instance.ShareSnapshotInstanceExportLocation`
        """
        return self._get_under(
            _InstanceLocation,
            export_location,
            snapshot_instance_id=snapshot_instance_id,
        )

    # ========== Share access rules ==========

    def access_rules(self, share, **query):
        """List the access rules of a share.

        From 2.45 with ``GET /share-access-rules?share_id=``, below it with
        the share's ``access_list`` action (which takes no filters).

        :param share: The ID of a share, or a Share.
        :param kwargs query: Filters: ``metadata`` (dict, 2.45),
            ``access_type``, ``access_to``, ``access_key``,
            ``access_level`` (2.82).
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.share_access_rule.ShareAccessRule`
        """
        return _Rule.rules_of_share(self, _share.Share._get_id(share), **query)

    def get_access_rule(self, access_id):
        """Show one access rule (2.45).

        :param access_id: The ID of an access rule.
        :returns: A
            :class:`~osc_share_plugin.sdk.v2.share_access_rule.ShareAccessRule`
        """
        return self._get(_Rule, access_id)

    def create_access_rule(self, share_id, **attrs):
        """Grant access to a share.

        :param share_id: The ID of a share, or a Share.
        :param dict attrs: ``access_type``, ``access_to`` (required),
            ``access_level`` (``rw`` or ``ro``), ``metadata`` (2.45),
            ``lock_visibility``, ``lock_deletion``, ``lock_reason`` (2.82).
        :returns: The new
            :class:`~osc_share_plugin.sdk.v2.share_access_rule.ShareAccessRule`
        """
        return _Rule.allow(self, _share.Share._get_id(share_id), **attrs)

    def delete_access_rule(
        self, access_id, share_id, ignore_missing=True, *, unrestrict=False
    ):
        """Revoke an access rule of a share.

        :param access_id: The ID of an access rule, or a ShareAccessRule.
        :param share_id: The ID of the rule's share, or a Share.
        :param bool ignore_missing: When ``False``, a missing rule raises
            :class:`~openstack.exceptions.NotFoundException`.
        :param bool unrestrict: Remove the rule's deletion locks too (2.82).
        :returns: The HTTP response, or ``None`` for a missing rule.
        """
        res = self._get_resource(_Rule, access_id)
        try:
            return res.deny(
                self, _share.Share._get_id(share_id), unrestrict=unrestrict
            )
        except exceptions.NotFoundException:
            if not ignore_missing:
                raise
            return None

    def update_access_rule(self, access_id, access_level):
        """Change an access rule's access level (2.88).

        :param access_id: The ID of an access rule, or a ShareAccessRule.
        :param str access_level: ``rw`` or ``ro``.
        :returns: The updated
            :class:`~osc_share_plugin.sdk.v2.share_access_rule.ShareAccessRule`
        """
        res = self._get_resource(_Rule, access_id)
        return res.update_access_level(self, access_level)

    def update_access_rule_metadata(self, access_id, metadata):
        """Add or change metadata items of an access rule (2.45).

        :param access_id: The ID of an access rule, or a ShareAccessRule.
        :param dict metadata: The items to set.
        :returns: The rule, with the metadata the server returned.
        """
        res = self._get_resource(_Rule, access_id)
        return res.set_metadata(self, metadata)

    def delete_access_rule_metadata(
        self, access_id, keys, ignore_missing=True
    ):
        """Delete metadata items of an access rule (2.45).

        :param access_id: The ID of an access rule, or a ShareAccessRule.
        :param keys: The keys to delete.
        :param bool ignore_missing: When ``False``, a key the rule does not
            have raises :class:`~openstack.exceptions.NotFoundException`
            once the rule's other keys are deleted.
        :returns: ``None``
        """
        res = self._get_resource(_Rule, access_id)
        res.delete_metadata_keys(self, keys, ignore_missing)
