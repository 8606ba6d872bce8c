"""Proxy methods: share snapshots, snapshot instances and access rules.

Mixed into :class:`osc_share_plugin.sdk.v2._proxy.Proxy`, the one public
proxy class; each family of resources keeps its methods in its own module.
"""

from osc_share_plugin.sdk.v2 import share_snapshot as _share_snapshot


class SnapshotMethods:
    # ========== Share snapshots ==========

    def share_snapshots(self, details=True, **query):
        """List share snapshots, following every page.

        :param bool details: List ``/snapshots/detail`` (all fields).
        :param kwargs query: Filters sent to the server, such as ``name``,
            ``share_id``, ``status``, ``project_id``, ``all_projects``.
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.share_snapshot.ShareSnapshot`
        """
        base_path = '/snapshots/detail' if details else None
        return self._list(
            _share_snapshot.ShareSnapshot, base_path=base_path, **query
        )

    def get_share_snapshot(self, snapshot_id):
        """Show one share snapshot.

        :param snapshot_id: The ID of a snapshot.
        :returns: A
            :class:`~osc_share_plugin.sdk.v2.share_snapshot.ShareSnapshot`
        """
        return self._get(_share_snapshot.ShareSnapshot, snapshot_id)

    def find_share_snapshot(self, name_or_id, ignore_missing=True, **query):
        """Find a share snapshot by ID, else by name (at most 2 requests).

        :param name_or_id: The name or ID of a snapshot.
        :param bool ignore_missing: When ``False``, raise
            :class:`~openstack.exceptions.NotFoundException` when nothing
            matches.
        :returns: One snapshot or None
        """
        return _share_snapshot.ShareSnapshot.find(
            self,
            name_or_id,
            ignore_missing=ignore_missing,
            list_base_path='/snapshots/detail',
            **query,
        )
