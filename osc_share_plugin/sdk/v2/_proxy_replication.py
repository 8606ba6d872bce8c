"""Proxy methods: share instances, replicas and share migration.

Mixed into :class:`osc_share_plugin.sdk.v2._proxy.Proxy`, the one public
proxy class; each family of resources keeps its methods in its own module.
"""

from osc_share_plugin.sdk.v2 import _proxy_common
from osc_share_plugin.sdk.v2 import share as _share
from osc_share_plugin.sdk.v2 import share_instance as _instance
from osc_share_plugin.sdk.v2 import share_migration as _migration
from osc_share_plugin.sdk.v2 import share_replica as _replica

_SHARE_INSTANCES_PATH = '/shares/%(share_id)s/instances'


class ReplicationMethods(_proxy_common.CommonMethods):
    # ========== Share instances ==========

    def share_instances(self, **query):
        """Lists all share instances.

        :param kwargs query: Optional query parameters to be sent to limit
            the share instances being returned. Available parameters
            include:

            * export_location_id: The export location UUID that can be used
              to filter share instances.
            * export_location_path: The export location path that can be
              used to filter share instances.
            * is_soft_deleted: Instances of shares in the recycle bin (2.69).
            * share_id: Only the instances of this share
              (``GET /shares/{share_id}/instances``); no other filter
              applies then.

        :returns: Details of share instances resources
        :rtype: :class:`~osc_share_plugin.sdk.v2.share_instance.ShareInstance`
        """
        share_id = query.pop('share_id', None)
        if share_id is not None:
            return self._list(
                _instance.ShareInstance,
                base_path=_SHARE_INSTANCES_PATH,
                share_id=_share.Share._get_id(share_id),
                **query,
            )
        return self._list(_instance.ShareInstance, **query)

    def get_share_instance(self, share_instance_id):
        """Shows details for a single share instance

        :param share_instance_id: The UUID of the share instance to get
        :returns: Details of the identified share instance
        :rtype: :class:`~osc_share_plugin.sdk.v2.share_instance.ShareInstance`
        """
        return self._get(_instance.ShareInstance, share_instance_id)

    def reset_share_instance_status(self, share_instance_id, status):
        """Explicitly updates the state of a share instance.

        :param share_instance_id: The UUID of the share instance to reset.
        :param status: The share or share instance status to be set.
        :returns: ``None``
        """
        res = self._get_resource(_instance.ShareInstance, share_instance_id)
        res.reset_status(self, status)

    def delete_share_instance(self, share_instance_id):
        """Force-deletes a share instance

        :param share_instance_id: The ID of the share instance to delete
        :returns: ``None``
        """
        res = self._get_resource(_instance.ShareInstance, share_instance_id)
        res.force_delete(self)

    def share_instance_export_locations(self, share_instance_id):
        """List the export locations of a share instance (2.9).

        :param share_instance_id: The ID of a share instance, or one.
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.share_instance.ShareInstanceExportLocation`
        """
        return self._list_under(
            _instance.ShareInstanceExportLocation,
            instance_id=share_instance_id,
        )

    def get_share_instance_export_location(
        self, export_location_id, share_instance_id
    ):
        """Show one export location of a share instance (2.9).

        :param export_location_id: The ID of the export location.
        :param share_instance_id: The ID of a share instance, or one.
        :returns: A
            :class:`~osc_share_plugin.sdk.v2.share_instance.ShareInstanceExportLocation`
        """
        return self._get_under(
            _instance.ShareInstanceExportLocation,
            export_location_id,
            instance_id=share_instance_id,
        )

    # ========== Share replicas ==========

    def share_replicas(self, details=True, **query):
        """List share replicas, following every page (2.11).

        :param bool details: Whether to list ``/share-replicas/detail``
            (every field) or ``/share-replicas`` (ID, share, status and
            replica state only).
        :param kwargs query: ``share_id`` (filtered by the server),
            ``offset`` and ``limit`` (one page).
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.share_replica.ShareReplica`
        """
        if query.get('share_id') is not None:
            query['share_id'] = _share.Share._get_id(query['share_id'])
        return self._list_in_detail(_replica.ShareReplica, details, **query)

    def get_share_replica(self, replica_id):
        """Show one share replica (2.11).

        :param replica_id: The ID of a share replica, or a ShareReplica.
        :returns: :class:`~osc_share_plugin.sdk.v2.share_replica.ShareReplica`
        """
        return self._get(_replica.ShareReplica, replica_id)

    def create_share_replica(self, share_id, **attrs):
        """Create a replica of a share (2.11).

        :param share_id: The ID of the share, or a Share; its share type
            must have a ``replication_type``.
        :param attrs: ``availability_zone``, ``scheduler_hints``
            (``{'only_host': host}``, 2.67), ``share_network_id`` (2.72),
            ``metadata`` (2.95).
        :returns: The new
            :class:`~osc_share_plugin.sdk.v2.share_replica.ShareReplica`
        """
        return self._create(
            _replica.ShareReplica,
            share_id=_share.Share._get_id(share_id),
            **attrs,
        )

    def delete_share_replica(
        self, replica_id, ignore_missing=True, *, force=False
    ):
        """Delete a share replica (2.11).

        :param replica_id: The ID of a share replica, or a ShareReplica.
        :param bool ignore_missing: When ``False``, a missing replica
            raises :class:`~openstack.exceptions.NotFoundException`.
        :param bool force: Use the admin-only ``force_delete`` action,
            which removes the replica from Manila even when the backend
            could not delete it.
        :returns: ``None``
        """
        self._delete_or_force(
            _replica.ShareReplica, replica_id, ignore_missing, force
        )

    def promote_share_replica(self, replica_id, quiesce_wait_time=None):
        """Make a replica the active one (2.11).

        :param replica_id: The ID of a share replica, or a ShareReplica.
        :param int quiesce_wait_time: Seconds the driver waits for the
            active replica to quiesce (2.75).
        :returns: ``None``
        """
        res = self._get_resource(_replica.ShareReplica, replica_id)
        res.promote(self, quiesce_wait_time)

    def resync_share_replica(self, replica_id):
        """Ask the backend to bring a replica in sync with the active one.

        :param replica_id: The ID of a share replica, or a ShareReplica.
        :returns: ``None``
        """
        self._get_resource(_replica.ShareReplica, replica_id).resync(self)

    def reset_share_replica_status(self, replica_id, status):
        """Set a replica's status explicitly (admin).

        :param replica_id: The ID of a share replica, or a ShareReplica.
        :param str status: The status, such as ``available`` or ``error``.
        :returns: ``None``
        """
        res = self._get_resource(_replica.ShareReplica, replica_id)
        res.reset_status(self, status)

    def reset_share_replica_state(self, replica_id, replica_state):
        """Set a replica's replica state explicitly (admin).

        :param replica_id: The ID of a share replica, or a ShareReplica.
        :param str replica_state: ``in_sync``, ``out_of_sync``, ``active``
            or ``error``.
        :returns: ``None``
        """
        res = self._get_resource(_replica.ShareReplica, replica_id)
        res.reset_replica_state(self, replica_state)

    def get_share_replica_metadata(self, replica_id):
        """List a replica's metadata (2.95).

        :param replica_id: The ID of a share replica, or a ShareReplica.
        :returns: The replica, with ``metadata`` filled in.
        """
        res = self._get_resource(_replica.ShareReplica, replica_id)
        return res.fetch_metadata(self)

    def update_share_replica_metadata(
        self, replica_id, metadata, replace=False
    ):
        """Set metadata items on a replica (2.95).

        :param replica_id: The ID of a share replica, or a ShareReplica.
        :param dict metadata: The items to set.
        :param bool replace: Replace all metadata with ``metadata``.
        :returns: The replica, with all its metadata.
        """
        res = self._get_resource(_replica.ShareReplica, replica_id)
        return res.set_metadata(self, metadata=metadata, replace=replace)

    def delete_share_replica_metadata(
        self, replica_id, keys, ignore_missing=True
    ):
        """Delete metadata items of a replica (2.95).

        :param replica_id: The ID of a share replica, or a ShareReplica.
        :param keys: The keys to delete.
        :param bool ignore_missing: When ``False``, a key the replica does
            not have raises :class:`~openstack.exceptions.NotFoundException`
            once the replica's other keys are deleted.
        :returns: ``None``
        """
        res = self._get_resource(_replica.ShareReplica, replica_id)
        res.delete_metadata_keys(self, keys, ignore_missing)

    def share_replica_export_locations(self, replica_id):
        """List the export locations of a replica (2.47).

        :param replica_id: The ID of a share replica, or a ShareReplica.
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.share_replica.ShareReplicaExportLocation`
        """
        return self._list_under(
            _replica.ShareReplicaExportLocation, replica_id=replica_id
        )

    def get_share_replica_export_location(
        self, export_location_id, replica_id
    ):
        """Show one export location of a replica (2.47).

        :param export_location_id: The ID of the export location.
        :param replica_id: The ID of a share replica, or a ShareReplica.
        :returns: A
            :class:`~osc_share_plugin.sdk.v2.share_replica.ShareReplicaExportLocation`
        """
        return self._get_under(
            _replica.ShareReplicaExportLocation,
            export_location_id,
            replica_id=replica_id,
        )

    # ========== Share migration ==========

    def start_share_migration(
        self,
        share_id,
        host,
        *,
        preserve_metadata,
        preserve_snapshots,
        writable,
        nondisruptive,
        force_host_assisted_migration=False,
        new_share_network_id=None,
        new_share_type_id=None,
    ):
        """Start moving a share to another backend (admin, 2.29).

        Manila requires an explicit answer to each ``preserve_*``,
        ``writable`` and ``nondisruptive``: there is no default.

        :param share_id: The ID of a share, or a Share.
        :param str host: The destination, ``host@backend#pool``.
        :param bool preserve_metadata: Keep every file's metadata.
        :param bool preserve_snapshots: Move the snapshots too.
        :param bool writable: Keep the share writable while it moves.
        :param bool nondisruptive: Keep clients connected.
        :param bool force_host_assisted_migration: Copy through the data
            service, bypassing the driver.
        :param new_share_network_id: The share network at the destination.
        :param new_share_type_id: The share type at the destination.
        :returns: ``None``
        """
        params = {
            'preserve_metadata': preserve_metadata,
            'preserve_snapshots': preserve_snapshots,
            'writable': writable,
            'nondisruptive': nondisruptive,
            'force_host_assisted_migration': force_host_assisted_migration,
        }
        if new_share_network_id:
            params['new_share_network_id'] = new_share_network_id
        if new_share_type_id:
            params['new_share_type_id'] = new_share_type_id
        self._migration(share_id).start(self, host, **params)

    def complete_share_migration(self, share_id):
        """Finish a migration whose first phase is done (admin, 2.22).

        :param share_id: The ID of a share, or a Share.
        :returns: ``None``
        """
        self._migration(share_id).complete(self)

    def cancel_share_migration(self, share_id):
        """Cancel a migration in progress (admin, 2.22).

        :param share_id: The ID of a share, or a Share.
        :returns: ``None``
        """
        self._migration(share_id).cancel(self)

    def get_share_migration_progress(self, share_id):
        """Show how far a share's migration is (admin, 2.22).

        Uses ``GET /shares/{id}/migration-progress`` from 2.98 on, the
        ``migration_get_progress`` action before.

        :param share_id: The ID of a share, or a Share.
        :returns: A
            :class:`~osc_share_plugin.sdk.v2.share_migration.ShareMigration`
            with ``total_progress``, ``task_state`` and (2.59) ``details``.
        """
        return self._migration(share_id).fetch(self)

    def _migration(self, share_id):
        return _migration.ShareMigration.new(
            id=_share.Share._get_id(share_id),
            connection=self._get_connection(),
        )
