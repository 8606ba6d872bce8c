"""Proxy methods: quotas, limits, pools, availability zones, services,
user messages and QoS types.

Mixed into :class:`osc_share_plugin.sdk.v2._proxy.Proxy`, the one public
proxy class; each family of resources keeps its methods in its own module.
"""

from osc_share_plugin.sdk.v2 import _proxy_common
from osc_share_plugin.sdk.v2 import availability_zone as _az
from osc_share_plugin.sdk.v2 import limit as _limit
from osc_share_plugin.sdk.v2 import qos_type as _qos_type
from osc_share_plugin.sdk.v2 import quota_set as _quota_set
from osc_share_plugin.sdk.v2 import service as _service
from osc_share_plugin.sdk.v2 import storage_pool as _storage_pool
from osc_share_plugin.sdk.v2 import user_message as _user_message


class OperationMethods(_proxy_common.CommonMethods):
    # ========== Availability zones ==========

    def availability_zones(self):
        """Retrieve shared file system availability zones

        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.availability_zone.AvailabilityZone`
        """
        return self._list(_az.AvailabilityZone)

    # ========== Storage pools ==========

    def storage_pools(self, details=True, **query):
        """Lists all back-end storage pools with details

        :param bool details: Whether to list ``/scheduler-stats/pools/detail``
            (with capabilities) or ``/scheduler-stats/pools``.
        :param kwargs query: Filters sent to the server: ``pool_name``
            (or ``pool``), ``host_name`` (or ``host``), ``backend_name`` (or
            ``backend``), each a regular expression; ``capabilities``
            (dict) and ``share_type`` (name or ID, 2.23).
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.storage_pool.StoragePool`
        """
        return self._list_in_detail(
            _storage_pool.StoragePool, details, **query
        )

    # ========== User messages ==========

    def user_messages(self, **query):
        """List shared file system user messages, following every page.

        :param kwargs query: Filters sent to the server: ``action_id``,
            ``detail_id``, ``message_level``, ``project_id``,
            ``request_id``, ``resource_id``, ``resource_type``,
            ``created_since`` and ``created_before`` (2.52), ``sort_key``,
            ``sort_dir``, ``offset`` and ``limit`` (one page).
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.user_message.UserMessage`
        """
        # Not self._list: its first parameter is named resource_type.
        return _user_message.UserMessage.list(self, **query)

    def get_user_message(self, message_id):
        """List details of a single user message

        :param message_id: The ID of the user message, or a UserMessage.
        :returns: :class:`~osc_share_plugin.sdk.v2.user_message.UserMessage`
        :raises: :class:`~openstack.exceptions.NotFoundException` when there
            is no such message.
        """
        return self._get(_user_message.UserMessage, message_id)

    def delete_user_message(self, message_id, ignore_missing=True):
        """Deletes a single user message

        :param message_id: The ID of the user message, or a UserMessage.
        :param bool ignore_missing: When ``False``, a missing message raises
            :class:`~openstack.exceptions.NotFoundException`.
        :returns: ``None``
        """
        self._delete(
            _user_message.UserMessage,
            message_id,
            ignore_missing=ignore_missing,
        )

    # ========== Limits ==========

    def limits(self, **query):
        """Lists all share limits.

        :param kwargs query: Optional query parameters (Manila takes none).
        :returns: A generator of one
            :class:`~osc_share_plugin.sdk.v2.limit.Limit`, with ``absolute``
            (dict) and ``rate`` (list) limits.
        """
        return self._list(_limit.Limit, **query)

    # ========== Quota sets and quota class sets ==========

    def get_quota_set(
        self, project_id, *, user_id=None, share_type=None, detail=False
    ):
        """Show the quotas of a project, or of a user or share type in it.

        :param str project_id: The project's ID.
        :param str user_id: A user of the project.
        :param str share_type: A share type name or ID (2.39); not with
            ``user_id``.
        :param bool detail: ``/detail`` (2.25): each quota as a dict of
            ``in_use``, ``limit`` and ``reserved``.
        :returns: :class:`~osc_share_plugin.sdk.v2.quota_set.QuotaSet`
        """
        return _quota_set.QuotaSet.fetch_for(
            self,
            project_id,
            'detail' if detail else None,
            user_id=user_id,
            share_type=share_type,
        )

    def get_default_quota_set(self, project_id):
        """Show the default quotas a project gets.

        :param str project_id: The project's ID.
        :returns: :class:`~osc_share_plugin.sdk.v2.quota_set.QuotaSet`
        """
        return _quota_set.QuotaSet.fetch_for(self, project_id, 'defaults')

    def update_quota_set(
        self, project_id, *, user_id=None, share_type=None, force=False,
        **quotas,
    ):  # fmt: skip
        """Set quotas of a project, or of a user or share type in it.

        :param str project_id: The project's ID.
        :param str user_id: A user of the project.
        :param str share_type: A share type name or ID (2.39).
        :param bool force: Set a quota below what is in use.
        :param quotas: ``shares``, ``snapshots``, ``gigabytes``,
            ``snapshot_gigabytes``, ``share_networks``, ``share_groups``,
            ``share_group_snapshots``, ``share_replicas``,
            ``replica_gigabytes``, ``per_share_gigabytes``, ``backups``,
            ``backup_gigabytes``, ``encryption_keys``; ``-1`` is unlimited.
        :returns: The :class:`~osc_share_plugin.sdk.v2.quota_set.QuotaSet`
            now in force.
        """
        return _quota_set.QuotaSet.update_for(
            self,
            project_id,
            quotas,
            force=force,
            user_id=user_id,
            share_type=share_type,
        )

    def delete_quota_set(self, project_id, *, user_id=None, share_type=None):
        """Reset quotas of a project (or a user, or share type) to defaults.

        :param str project_id: The project's ID.
        :param str user_id: A user of the project.
        :param str share_type: A share type name or ID (2.39).
        :returns: ``None``
        """
        _quota_set.QuotaSet.delete_for(
            self, project_id, user_id=user_id, share_type=share_type
        )

    def get_quota_class_set(self, quota_class):
        """Show the quotas of a quota class.

        :param str quota_class: The class name, such as ``default``.
        :returns: :class:`~osc_share_plugin.sdk.v2.quota_set.QuotaClassSet`
        """
        return _quota_set.QuotaClassSet.fetch_for(self, quota_class)

    def update_quota_class_set(self, quota_class, **quotas):
        """Set quotas of a quota class.

        :param str quota_class: The class name, such as ``default``.
        :param quotas: The same keys as :meth:`update_quota_set`.
        :returns: The updated
            :class:`~osc_share_plugin.sdk.v2.quota_set.QuotaClassSet`
        """
        return _quota_set.QuotaClassSet.update_for(self, quota_class, quotas)

    # ========== Services ==========

    def services(self, **query):
        """List Manila services.

        :param kwargs query: ``host``, ``binary``, ``zone``, ``state``
            (``up``/``down``), ``status`` (``enabled``/``disabled``),
            ``ensuring`` (2.93).
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.service.Service`
        """
        return self._list(_service.Service, **query)

    def enable_service(self, host, binary):
        """Let the scheduler use a service again.

        :param str host: The service's host, such as ``host@backend``.
        :param str binary: ``manila-share``, ``manila-scheduler`` or
            ``manila-data``.
        :returns: :class:`~osc_share_plugin.sdk.v2.service.Service` (host,
            binary and status)
        :raises: :class:`~openstack.exceptions.NotFoundException` when the
            host has no such binary.
        """
        return _service.Service.set_enabled(self, host, binary, True)

    def disable_service(self, host, binary, *, disable_reason=None):
        """Stop the scheduler from using a service.

        :param str host: The service's host, such as ``host@backend``.
        :param str binary: The service's binary.
        :param str disable_reason: Why (2.83).
        :returns: :class:`~osc_share_plugin.sdk.v2.service.Service`
        :raises: :class:`~openstack.exceptions.NotFoundException` when the
            host has no such binary.
        """
        return _service.Service.set_enabled(
            self, host, binary, False, disable_reason
        )

    def ensure_service_shares(self, host):
        """Have a manila-share service re-check its shares (2.86).

        :param str host: The manila-share host, such as ``host@backend``.
        :returns: ``None``
        """
        _service.Service.ensure_shares(self, host)

    # ========== QoS types ==========

    def qos_types(self, **query):
        """List QoS types (2.94), following every page.

        :param kwargs query: ``name``, ``name~``, ``description``,
            ``description~``, ``sort_key``, ``sort_dir``, ``offset`` and
            ``limit`` (one page).
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.qos_type.QosType`
        """
        return self._list(_qos_type.QosType, **query)

    def get_qos_type(self, qos_type):
        """Show one QoS type.

        :param qos_type: The ID of a QoS type, or a QosType.
        :returns: :class:`~osc_share_plugin.sdk.v2.qos_type.QosType`
        """
        return self._get(_qos_type.QosType, qos_type)

    def find_qos_type(self, name_or_id, ignore_missing=True):
        """Find a QoS type by ID, else by name (at most 2 requests).

        :param name_or_id: The name or ID of a QoS type.
        :param bool ignore_missing: When ``False``, raise
            :class:`~openstack.exceptions.NotFoundException` when nothing
            matches.
        :returns: One :class:`~osc_share_plugin.sdk.v2.qos_type.QosType` or
            None
        """
        return _qos_type.QosType.find(
            self, name_or_id, ignore_missing=ignore_missing
        )

    def create_qos_type(self, name, **attrs):
        """Create a QoS type.

        :param str name: Its unique name.
        :param attrs: ``description``, ``specs`` (dict).
        :returns: The new :class:`~osc_share_plugin.sdk.v2.qos_type.QosType`
        """
        return self._create(_qos_type.QosType, name=name, **attrs)

    def update_qos_type(self, qos_type, **attrs):
        """Change a QoS type's description (``None`` clears it).

        :param qos_type: The ID of a QoS type, or a QosType.
        :param attrs: ``description``.
        :returns: The updated
            :class:`~osc_share_plugin.sdk.v2.qos_type.QosType`
        """
        return self._update(_qos_type.QosType, qos_type, **attrs)

    def delete_qos_type(self, qos_type, ignore_missing=True):
        """Delete a QoS type.

        :param qos_type: The ID of a QoS type, or a QosType.
        :param bool ignore_missing: When ``False``, a missing type raises
            :class:`~openstack.exceptions.NotFoundException`.
        :returns: ``None``
        """
        self._delete(
            _qos_type.QosType, qos_type, ignore_missing=ignore_missing
        )

    def update_qos_type_specs(self, qos_type, **specs):
        """Add or change specs of a QoS type.

        :param qos_type: The ID of a QoS type, or a QosType.
        :param specs: The specs to set, as strings.
        :returns: The QosType, with the specs it now has.
        """
        res = self._get_resource(_qos_type.QosType, qos_type)
        return res.set_specs(self, **specs)

    def delete_qos_type_specs(self, qos_type, keys, ignore_missing=True):
        """Remove specs from a QoS type.

        :param qos_type: The ID of a QoS type, or a QosType.
        :param keys: The spec keys to remove.
        :param bool ignore_missing: When ``False``, keys the type does not
            have raise :class:`~openstack.exceptions.NotFoundException`
            (after every other key was removed).
        :returns: ``None``
        """
        res = self._get_resource(_qos_type.QosType, qos_type)
        res.delete_specs(self, keys, ignore_missing)
