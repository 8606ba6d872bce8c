"""Proxy methods: share groups, group snapshots and group types.

Mixed into :class:`osc_share_plugin.sdk.v2._proxy.Proxy`, the one public
proxy class; each family of resources keeps its methods in its own module.
Importing the resource modules declares their experimental range (2.31 to
2.54), in which the Proxy sends ``X-OpenStack-Manila-API-Experimental``.
"""

from openstack import exceptions

from osc_share_plugin.sdk.v2 import _proxy_common
from osc_share_plugin.sdk.v2 import share_group as _group
from osc_share_plugin.sdk.v2 import share_group_snapshot as _snapshot
from osc_share_plugin.sdk.v2 import share_group_type as _type


class GroupMethods(_proxy_common.CommonMethods):
    # ========== Share groups ==========

    def share_groups(self, **query):
        """List share groups, following every page.

        :param kwargs query: Filters sent to the server: ``name``,
            ``name~`` and ``description~`` (2.36), ``description``,
            ``status``, ``host``, ``project_id``, ``share_server_id``,
            ``share_network_id``, ``share_group_type_id``,
            ``source_share_group_snapshot_id``, ``availability_zone_id``,
            ``consistent_snapshot_support``, ``all_projects``,
            ``sort_key``, ``sort_dir``, ``offset`` and ``limit`` (one
            page). ``details=False`` lists IDs and names only.
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.share_group.ShareGroup`
        """
        details = query.pop('details', True)
        return self._list_in_detail(_group.ShareGroup, details, **query)

    def get_share_group(self, share_group_id):
        """Show one share group.

        :param share_group_id: The ID of a share group, or a ShareGroup.
        :returns: :class:`~osc_share_plugin.sdk.v2.share_group.ShareGroup`
        :raises: :class:`~openstack.exceptions.NotFoundException` when it
            does not exist.
        """
        return self._get(_group.ShareGroup, share_group_id)

    def find_share_group(self, name_or_id, ignore_missing=True):
        """Find a share group by ID, else by name (at most 2 requests).

        :param name_or_id: The name or ID of a share group.
        :param bool ignore_missing: When ``False``, raise
            :class:`~openstack.exceptions.NotFoundException` when nothing
            matches; when ``True``, return None.
        :returns: One
            :class:`~osc_share_plugin.sdk.v2.share_group.ShareGroup` or None
        :raises: :class:`~openstack.exceptions.DuplicateResource` when more
            than one group has that name.
        """
        return self._find_in_detail(
            _group.ShareGroup, name_or_id, ignore_missing
        )

    def create_share_group(self, **attrs):
        """Create a share group.

        :param attrs: ``name``, ``description``, ``share_types`` (IDs),
            ``share_group_type_id``, ``share_network_id``,
            ``source_share_group_snapshot_id``, ``availability_zone``.
        :returns: The new
            :class:`~osc_share_plugin.sdk.v2.share_group.ShareGroup`
        """
        return self._create(_group.ShareGroup, **attrs)

    def update_share_group(self, share_group_id, **kwargs):
        """Rename a share group or change its description.

        :param share_group_id: The ID of a share group, or a ShareGroup.
        :param kwargs: ``name`` and ``description`` (``None`` clears).
        :returns: The updated
            :class:`~osc_share_plugin.sdk.v2.share_group.ShareGroup`
        """
        return self._update(_group.ShareGroup, share_group_id, **kwargs)

    def delete_share_group(
        self, share_group_id, ignore_missing=True, *, force=False
    ):
        """Delete a share group.

        Manila refuses (409) while the group holds shares or snapshots.

        :param share_group_id: The ID of a share group, or a ShareGroup.
        :param bool ignore_missing: When ``False``, a missing group raises
            :class:`~openstack.exceptions.NotFoundException`.
        :param bool force: Use the admin-only ``force_delete`` action,
            whatever the group's status.
        :returns: ``None``
        """
        res = self._get_resource(_group.ShareGroup, share_group_id)
        _delete(res, self, ignore_missing, force)

    def reset_share_group_status(self, share_group_id, status):
        """Set a share group's status explicitly (admin).

        :param share_group_id: The ID of a share group, or a ShareGroup.
        :param str status: ``available``, ``error``, ``creating``,
            ``deleting`` or ``error_deleting``.
        :returns: ``None``
        """
        res = self._get_resource(_group.ShareGroup, share_group_id)
        res.reset_status(self, status)

    # ========== Share group snapshots ==========

    def share_group_snapshots(self, details=True, **query):
        """List share group snapshots, following every page.

        :param bool details: List ``/share-group-snapshots/detail`` (all
            fields) or IDs and names only.
        :param kwargs query: Filters sent to the server: ``name``,
            ``description``, ``status``, ``share_group_id``,
            ``project_id``, ``user_id``, ``all_projects``, ``sort_key``,
            ``sort_dir``, ``offset`` and ``limit`` (one page).
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.share_group_snapshot.ShareGroupSnapshot`
        """
        return self._list_in_detail(
            _snapshot.ShareGroupSnapshot, details, **query
        )

    def get_share_group_snapshot(self, group_snapshot_id):
        """Show one share group snapshot, with its members.

        :param group_snapshot_id: The ID of a group snapshot.
        :returns: A
            :class:`~osc_share_plugin.sdk.v2.share_group_snapshot.ShareGroupSnapshot`
        """
        return self._get(_snapshot.ShareGroupSnapshot, group_snapshot_id)

    def find_share_group_snapshot(self, name_or_id, ignore_missing=True):
        """Find a group snapshot by ID, else by name (at most 2 requests).

        :param name_or_id: The name or ID of a group snapshot.
        :param bool ignore_missing: When ``False``, raise
            :class:`~openstack.exceptions.NotFoundException` when nothing
            matches.
        :returns: One group snapshot or None
        """
        return self._find_in_detail(
            _snapshot.ShareGroupSnapshot, name_or_id, ignore_missing
        )

    def create_share_group_snapshot(self, share_group_id, **attrs):
        """Create a point-in-time snapshot of every share of a group.

        :param share_group_id: The ID of the share group, or a ShareGroup.
        :param attrs: ``name``, ``description``.
        :returns: The new
            :class:`~osc_share_plugin.sdk.v2.share_group_snapshot.ShareGroupSnapshot`
        """
        return self._create(
            _snapshot.ShareGroupSnapshot,
            share_group_id=_group.ShareGroup._get_id(share_group_id),
            **attrs,
        )

    def reset_share_group_snapshot_status(self, group_snapshot_id, status):
        """Set a share group snapshot's status explicitly (admin).

        :param group_snapshot_id: The ID of a group snapshot.
        :param str status: ``creating``, ``error``, ``available``,
            ``deleting`` or ``error_deleting``.
        :returns: ``None``
        """
        res = self._get_resource(
            _snapshot.ShareGroupSnapshot, group_snapshot_id
        )
        res.reset_status(self, status)

    def update_share_group_snapshot(self, group_snapshot_id, **attrs):
        """Rename a share group snapshot or change its description.

        :param group_snapshot_id: The ID of a group snapshot.
        :param attrs: ``name`` and ``description`` (``None`` clears).
        :returns: The updated
            :class:`~osc_share_plugin.sdk.v2.share_group_snapshot.ShareGroupSnapshot`
        """
        return self._update(
            _snapshot.ShareGroupSnapshot, group_snapshot_id, **attrs
        )

    def delete_share_group_snapshot(
        self, group_snapshot_id, ignore_missing=True, *, force=False
    ):
        """Delete a share group snapshot.

        :param group_snapshot_id: The ID of a group snapshot.
        :param bool ignore_missing: When ``False``, a missing snapshot
            raises :class:`~openstack.exceptions.NotFoundException`.
        :param bool force: Use the admin-only ``force_delete`` action.
        :returns: ``None``
        """
        res = self._get_resource(
            _snapshot.ShareGroupSnapshot, group_snapshot_id
        )
        _delete(res, self, ignore_missing, force)

    def share_group_snapshot_members(self, group_snapshot_id, **query):
        """List the members of a share group snapshot: one per share.

        :param group_snapshot_id: The ID of a group snapshot.
        :param kwargs query: ``offset`` and ``limit`` (one page).
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.share_group_snapshot.ShareGroupSnapshotMember`
        """
        return self._list(
            _snapshot.ShareGroupSnapshotMember,
            share_group_snapshot_id=_snapshot.ShareGroupSnapshot._get_id(
                group_snapshot_id
            ),
            **query,
        )

    # ========== Share group types ==========

    def share_group_types(self, **query):
        """List share group types.

        :param kwargs query: ``is_public`` (``True``, ``False`` or
            ``'all'``, admin) and ``group_specs`` (dict, 2.66).
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.share_group_type.ShareGroupType`
        """
        return self._list(_type.ShareGroupType, **query)

    def get_share_group_type(self, share_group_type):
        """Show one share group type.

        :param share_group_type: The ID of a group type, or a
            ShareGroupType.
        :returns: A
            :class:`~osc_share_plugin.sdk.v2.share_group_type.ShareGroupType`
        """
        return self._get(_type.ShareGroupType, share_group_type)

    def get_default_share_group_type(self):
        """Show the cloud's default share group type.

        :returns: A
            :class:`~osc_share_plugin.sdk.v2.share_group_type.ShareGroupType`
        :raises: :class:`~openstack.exceptions.NotFoundException` when the
            cloud has no default group type.
        """
        return _type.ShareGroupType.fetch_default(self)

    def find_share_group_type(self, name_or_id, ignore_missing=True):
        """Find a share group type by ID, else by name (at most 2 requests).

        Private types are found too: names are matched against every type
        the caller may see.

        :param name_or_id: The name or ID of a share group type.
        :param bool ignore_missing: When ``False``, raise
            :class:`~openstack.exceptions.NotFoundException` when nothing
            matches.
        :returns: One group type or None
        """
        return _type.ShareGroupType.find(
            self,
            name_or_id,
            ignore_missing=ignore_missing,
            list_params={'is_public': 'all'},
        )

    def create_share_group_type(self, name, share_types, **attrs):
        """Create a share group type.

        :param str name: The name of the group type.
        :param share_types: The share types (names or IDs) its groups may
            hold.
        :param attrs: ``group_specs`` (dict of strings), ``is_public``.
        :returns: The new
            :class:`~osc_share_plugin.sdk.v2.share_group_type.ShareGroupType`
        """
        return self._create(
            _type.ShareGroupType,
            name=name,
            share_types=list(share_types),
            **attrs,
        )

    def delete_share_group_type(self, share_group_type, ignore_missing=True):
        """Delete a share group type.

        :param share_group_type: The ID of a group type, or a
            ShareGroupType.
        :param bool ignore_missing: When ``False``, a missing type raises
            :class:`~openstack.exceptions.NotFoundException`.
        :returns: ``None``
        """
        self._delete(
            _type.ShareGroupType,
            share_group_type,
            ignore_missing=ignore_missing,
        )

    def get_share_group_type_specs(self, share_group_type):
        """Read a share group type's group specs.

        :param share_group_type: The ID of a group type, or a
            ShareGroupType.
        :returns: The ShareGroupType, with ``group_specs`` filled in.
        """
        res = self._get_resource(_type.ShareGroupType, share_group_type)
        return res.fetch_specs(self)

    def update_share_group_type_specs(self, share_group_type, **group_specs):
        """Add or change group specs of a share group type.

        :param share_group_type: The ID of a group type, or a
            ShareGroupType.
        :param group_specs: The specs to set, as strings.
        :returns: The ShareGroupType, with the specs it now has.
        """
        res = self._get_resource(_type.ShareGroupType, share_group_type)
        return res.set_specs(self, **group_specs)

    def delete_share_group_type_specs(
        self, share_group_type, keys, ignore_missing=True
    ):
        """Remove group specs from a share group type.

        :param share_group_type: The ID of a group type, or a
            ShareGroupType.
        :param keys: The spec keys to remove.
        :param bool ignore_missing: When ``False``, keys the type does not
            have raise :class:`~openstack.exceptions.NotFoundException`
            (after every other key was removed).
        :returns: ``None``
        """
        res = self._get_resource(_type.ShareGroupType, share_group_type)
        res.delete_specs(self, keys, ignore_missing)

    def share_group_type_access(self, share_group_type):
        """List the projects that may use a private share group type.

        :param share_group_type: The ID of a group type, or a
            ShareGroupType.
        :returns: A list of
            :class:`~osc_share_plugin.sdk.v2.share_group_type.ShareGroupTypeAccess`
        """
        res = self._get_resource(_type.ShareGroupType, share_group_type)
        return res.project_access(self)

    def add_share_group_type_access(self, share_group_type, project_id):
        """Let a project use a private share group type.

        :param share_group_type: The ID of a group type, or a
            ShareGroupType.
        :param str project_id: The ID of the project.
        :returns: ``None``
        """
        res = self._get_resource(_type.ShareGroupType, share_group_type)
        res.add_project_access(self, project_id)

    def remove_share_group_type_access(self, share_group_type, project_id):
        """Stop a project from using a private share group type.

        :param share_group_type: The ID of a group type, or a
            ShareGroupType.
        :param str project_id: The ID of the project.
        :returns: ``None``
        """
        res = self._get_resource(_type.ShareGroupType, share_group_type)
        res.remove_project_access(self, project_id)


def _delete(res, session, ignore_missing, force):
    """DELETE, or the ``force_delete`` action; 404 as ``ignore_missing``."""
    try:
        if force:
            res.force_delete(session)
        else:
            res.delete(session)
    except exceptions.NotFoundException:
        if not ignore_missing:
            raise
