"""Proxy methods: share backups, transfers and resource locks.

Mixed into :class:`osc_share_plugin.sdk.v2._proxy.Proxy`, the one public
proxy class; each family of resources keeps its methods in its own module.
"""

from openstack import exceptions

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _proxy_common
from osc_share_plugin.sdk.v2 import resource_lock as _resource_lock
from osc_share_plugin.sdk.v2 import share_backup as _share_backup
from osc_share_plugin.sdk.v2 import share_transfer as _share_transfer


class DataProtectionMethods(_proxy_common.CommonMethods):
    # ========== Share backups (2.80) ==========

    def share_backups(self, details=True, **query):
        """List share backups, following every page.

        :param bool details: List ``/share-backups/detail`` (all fields) or
            ``/share-backups`` (ID, name, share and status).
        :param kwargs query: Filters sent to the server: ``name``,
            ``name~``, ``description``, ``description~``, ``status``,
            ``share_id``, ``host`` and ``topic`` (admin), ``all_projects``,
            ``sort_key``, ``sort_dir``, ``offset`` and ``limit`` (one page).
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.share_backup.ShareBackup`
        """
        return self._list_in_detail(
            _share_backup.ShareBackup, details, **query
        )

    def get_share_backup(self, backup):
        """Show one share backup.

        :param backup: The ID of a backup, or a ShareBackup.
        :returns: :class:`~osc_share_plugin.sdk.v2.share_backup.ShareBackup`
        """
        return self._get(_share_backup.ShareBackup, backup)

    def find_share_backup(self, name_or_id, ignore_missing=True, **query):
        """Find a share backup by ID, else by name (at most 2 requests).

        :param name_or_id: The name or ID of a backup.
        :param bool ignore_missing: When ``False``, raise
            :class:`~openstack.exceptions.NotFoundException` when nothing
            matches.
        :param dict query: More list filters, such as ``all_projects``.
        :returns: One backup or None
        :raises: :class:`~openstack.exceptions.DuplicateResource` when more
            than one backup has that name.
        """
        return self._find_in_detail(
            _share_backup.ShareBackup, name_or_id, ignore_missing, **query
        )

    def create_share_backup(self, **attrs):
        """Back a share up.

        :param attrs: ``share_id`` (required), ``name``, ``description``,
            ``backup_options`` (a dict of driver options, such as
            ``backup_type``).
        :returns: The new
            :class:`~osc_share_plugin.sdk.v2.share_backup.ShareBackup`
        """
        return self._create(_share_backup.ShareBackup, **attrs)

    def update_share_backup(self, backup, **attrs):
        """Rename a backup or change its description.

        :param backup: The ID of a backup, or a ShareBackup.
        :param attrs: ``name``, ``description`` (``None`` clears).
        :returns: The updated
            :class:`~osc_share_plugin.sdk.v2.share_backup.ShareBackup`
        """
        return self._update(_share_backup.ShareBackup, backup, **attrs)

    def delete_share_backup(self, backup, ignore_missing=True):
        """Delete a share backup.

        :param backup: The ID of a backup, or a ShareBackup.
        :param bool ignore_missing: When ``False``, a missing backup raises
            :class:`~openstack.exceptions.NotFoundException`.
        :returns: ``None``
        """
        self._delete(
            _share_backup.ShareBackup, backup, ignore_missing=ignore_missing
        )

    def restore_share_backup(self, backup, target_share_id=None):
        """Restore a backup onto its share, or onto another one (2.91).

        :param backup: The ID of a backup, or a ShareBackup.
        :param target_share_id: The ID of the share to overwrite; the
            backup's own share when ``None``.
        :returns: ``{'backup_id': ..., 'share_id': ...}``: the share being
            restored.
        """
        res = self._get_resource(_share_backup.ShareBackup, backup)
        return res.restore(self, target_share_id)

    def reset_share_backup_status(self, backup, status):
        """Set a backup's status without any check (admin).

        :param backup: The ID of a backup, or a ShareBackup.
        :param str status: ``available``, ``error``, ``creating``,
            ``deleting`` or ``restoring``.
        :returns: ``None``
        """
        res = self._get_resource(_share_backup.ShareBackup, backup)
        res.reset_status(self, status)

    # ========== Share transfers (2.77) ==========

    def share_transfers(self, details=True, **query):
        """List share transfers, following every page.

        :param bool details: List ``/share-transfers/detail`` (all fields)
            or ``/share-transfers`` (ID, name and resource).
        :param kwargs query: Filters sent to the server: ``id``, ``name``,
            ``name~``, ``resource_type``, ``resource_id``,
            ``source_project_id``, ``destination_project_id``,
            ``all_projects`` (admin), ``sort_key``, ``sort_dir``, ``offset``
            and ``limit`` (one page).
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.share_transfer.ShareTransfer`
        """
        base_path = '/share-transfers/detail' if details else None
        # Not self._list: its first parameter is named resource_type, as
        # is a filter here (openstacksdk LP#2075347).
        return _share_transfer.ShareTransfer.list(
            self, base_path=base_path, **query
        )

    def get_share_transfer(self, transfer):
        """Show one share transfer (of the caller's project).

        :param transfer: The ID of a transfer, or a ShareTransfer.
        :returns: A
            :class:`~osc_share_plugin.sdk.v2.share_transfer.ShareTransfer`
        """
        return self._get(_share_transfer.ShareTransfer, transfer)

    def find_share_transfer(self, name_or_id, ignore_missing=True, **query):
        """Find a share transfer by ID, else by name (at most 2 requests).

        Only the source project (and admins) see a transfer.

        :param name_or_id: The name or ID of a transfer.
        :param bool ignore_missing: When ``False``, raise
            :class:`~openstack.exceptions.NotFoundException` when nothing
            matches.
        :param dict query: More list filters, such as ``all_projects``.
        :returns: One transfer or None
        """
        return self._find_in_detail(
            _share_transfer.ShareTransfer, name_or_id, ignore_missing, **query
        )

    def create_share_transfer(self, **attrs):
        """Offer a share to another project.

        :param attrs: ``share_id`` (required) and ``name``.
        :returns: The new
            :class:`~osc_share_plugin.sdk.v2.share_transfer.ShareTransfer`,
            with the ``auth_key`` the receiving project needs: Manila
            returns it here only.
        """
        return self._create(_share_transfer.ShareTransfer, **attrs)

    def delete_share_transfer(self, transfer, ignore_missing=True):
        """Cancel a share transfer; the share is available again.

        :param transfer: The ID of a transfer, or a ShareTransfer.
        :param bool ignore_missing: When ``False``, a missing transfer
            raises :class:`~openstack.exceptions.NotFoundException`.
        :returns: ``None``
        """
        self._delete(
            _share_transfer.ShareTransfer,
            transfer,
            ignore_missing=ignore_missing,
        )

    def accept_share_transfer(
        self, transfer, auth_key, clear_access_rules=False
    ):
        """Accept a share transfer into the caller's project.

        :param transfer: The ID of a transfer, or a ShareTransfer.
        :param str auth_key: The key given when the transfer was created.
        :param bool clear_access_rules: Remove the share's access rules.
        :returns: ``None``
        """
        res = self._get_resource(_share_transfer.ShareTransfer, transfer)
        res.accept(self, auth_key, clear_access_rules)

    # ========== Resource locks (2.81) ==========

    def resource_locks(self, **query):
        """Lists all resource locks, following every page.

        :param kwargs query: Filters sent to the server: ``project_id``,
            ``user_id``, ``all_projects`` (admin), ``id``, ``resource_id``,
            ``resource_action``, ``resource_type``, ``lock_context``,
            ``lock_reason``, ``lock_reason~``, ``created_since``,
            ``created_before`` (ISO 8601), ``with_count``, ``sort_key``,
            ``sort_dir``, ``offset`` and ``limit`` (one page).
        :returns: A generator of manila resource locks
        :rtype: :class:`~osc_share_plugin.sdk.v2.resource_lock.ResourceLock`
        """
        # Not self._list / self._create: their first parameter is named
        # resource_type, as is a filter and a lock attribute (LP#2075347).
        return _resource_lock.ResourceLock.list(self, **query)

    def get_resource_lock(self, resource_lock):
        """Show details of a resource lock.

        :param resource_lock: The ID of a resource lock or a
            :class:`~osc_share_plugin.sdk.v2.resource_lock.ResourceLock`
            instance.
        :returns: Details of the identified resource lock.
        :rtype: :class:`~osc_share_plugin.sdk.v2.resource_lock.ResourceLock`
        """
        return self._get(_resource_lock.ResourceLock, resource_lock)

    def find_resource_lock(self, lock_id, ignore_missing=True):
        """Find a resource lock by ID (locks have no name): one GET.

        :param lock_id: The ID of a resource lock.
        :param bool ignore_missing: When ``False``, raise
            :class:`~openstack.exceptions.NotFoundException` when there is
            no such lock.
        :returns: One lock or None
        """
        if _base.is_uuid_like(lock_id):
            try:
                return self._get(_resource_lock.ResourceLock, lock_id)
            except exceptions.NotFoundException:
                pass
        if ignore_missing:
            return None
        raise exceptions.NotFoundException(
            f'No ResourceLock found for {lock_id}'
        )

    def update_resource_lock(self, resource_lock, **attrs):
        """Updates details of a single resource lock.

        :param resource_lock: The ID of a resource lock or a
            :class:`~osc_share_plugin.sdk.v2.resource_lock.ResourceLock`
            instance.
        :param dict attrs: The attributes to update on the resource lock:
            ``resource_action``, ``lock_reason`` (``None`` clears it).
        :returns: the updated resource lock
        :rtype: :class:`~osc_share_plugin.sdk.v2.resource_lock.ResourceLock`
        """
        return self._update(
            _resource_lock.ResourceLock, resource_lock, **attrs
        )

    def delete_resource_lock(self, resource_lock, ignore_missing=True):
        """Deletes a single resource lock

        :param resource_lock: The ID of a resource lock or a
            :class:`~osc_share_plugin.sdk.v2.resource_lock.ResourceLock`
            instance.
        :param bool ignore_missing: When ``False``, a missing lock raises
            :class:`~openstack.exceptions.NotFoundException`.
        :returns: Result of the ``delete``
        :rtype: ``None``
        """
        self._delete(
            _resource_lock.ResourceLock,
            resource_lock,
            ignore_missing=ignore_missing,
        )

    def create_resource_lock(self, **attrs):
        """Locks a resource.

        :param dict attrs: Attributes which will be used to create a
            :class:`~osc_share_plugin.sdk.v2.resource_lock.ResourceLock`,
            comprised of the properties on the ResourceLock class.
            Available parameters include: ``resource_id``: ID of the
            resource to be locked; ``resource_type``: type of the resource
            (share, access_rule); ``resource_action``: action to be locked
            (delete, show); ``lock_reason``: reason why you're locking the
            resource (Optional). ``resource_type`` defaults to ``share``.
        :returns: Details of the lock
        :rtype: :class:`~osc_share_plugin.sdk.v2.resource_lock.ResourceLock`
        """
        # Manila's schema defaults it, but its controller reads it
        # regardless and answers 500 when it is missing.
        attrs.setdefault('resource_type', 'share')
        return _resource_lock.ResourceLock.new(**attrs).create(self)

    def find_lockable_resource(self, name_or_id, resource_type=None, **query):
        """What ``name_or_id`` names among the resources a lock can hold.

        A share is found by name or ID, an access rule by ID. Without a
        ``resource_type``, an ID is looked up as both (two GETs) and must
        be exactly one of them; a name is a share's.

        :param name_or_id: A share's name or ID, or an access rule's ID.
        :param resource_type: ``share``, ``access_rule`` or ``None``.
        :param dict query: More share list filters, such as
            ``all_projects``.
        :returns: ``(resource_type, resource)``
        :raises: :class:`~openstack.exceptions.NotFoundException` when
            nothing matches; :class:`~openstack.exceptions.SDKException`
            for an unknown type, or an ID that is both.
        """
        if resource_type not in (None, *_resource_lock.RESOURCE_ACTIONS):
            raise exceptions.SDKException(
                f'Unknown resource type {resource_type!r}: locks hold '
                f'{" or ".join(_resource_lock.RESOURCE_ACTIONS)}'
            )
        found = []
        if resource_type in (None, 'share'):
            share = self.find_share(
                name_or_id, ignore_missing=resource_type is None, **query
            )
            if share is not None:
                found.append(('share', share))
        if resource_type in (None, 'access_rule'):
            rule = self._find_access_rule(
                name_or_id, ignore_missing=resource_type is None
            )
            if rule is not None:
                found.append(('access_rule', rule))
        if len(found) > 1:
            raise exceptions.SDKException(
                f'{name_or_id} is both a share and an access rule: give '
                'the resource type'
            )
        if not found:
            raise exceptions.NotFoundException(
                f'No share or access rule found for {name_or_id}'
            )
        return found[0]

    def _find_access_rule(self, rule_id, ignore_missing=True):
        if _base.is_uuid_like(rule_id):
            try:
                return self._get(_resource_lock.LockedAccessRule, rule_id)
            except exceptions.NotFoundException:
                pass
        if ignore_missing:
            return None
        raise exceptions.NotFoundException(
            f'No access rule found for {rule_id} (access rules are named '
            'by ID)'
        )
