"""Proxy methods: share networks, subnets, security services and share servers.

Mixed into :class:`osc_share_plugin.sdk.v2._proxy.Proxy`, the one public
proxy class; each family of resources keeps its methods in its own module.
"""

from openstack import exceptions

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _proxy_common
from osc_share_plugin.sdk.v2 import security_service as _security_service
from osc_share_plugin.sdk.v2 import share_network as _share_network
from osc_share_plugin.sdk.v2 import share_network_subnet as _subnet
from osc_share_plugin.sdk.v2 import share_server as _share_server

_ShareNetwork = _share_network.ShareNetwork
_Subnet = _subnet.ShareNetworkSubnet
_SecurityService = _security_service.SecurityService
_ShareServer = _share_server.ShareServer


class NetworkMethods(_proxy_common.CommonMethods):
    # ========== Share networks ==========

    def share_networks(self, details=True, **query):
        """Lists all share networks with details.

        :param bool details: Whether to list ``/share-networks/detail``
            (every field) or ``/share-networks`` (IDs and names).
        :param dict query: Optional query parameters to be sent to limit
            the resources being returned: ``name``, ``name~``,
            ``description``, ``description~`` (2.36), ``project_id``,
            ``all_projects`` (admin), ``created_since``,
            ``created_before`` (``yyyy-mm-dd``), ``security_service_id``,
            ``neutron_net_id``, ``neutron_subnet_id``, ``network_type``,
            ``segmentation_id``, ``cidr``, ``ip_version``, ``offset`` and
            ``limit`` (one page).
        :returns: Details of shares networks
        :rtype: :class:`~osc_share_plugin.sdk.v2.share_network.ShareNetwork`
        """
        return self._list_in_detail(_ShareNetwork, details, **query)

    def find_share_network(self, name_or_id, ignore_missing=True, **query):
        """Find a single share network by ID, else by name.

        Costs one GET for an ID and one filtered list for a name.

        :param name_or_id: The name or ID of a share network.
        :param bool ignore_missing: When ``False``,
            :class:`~openstack.exceptions.NotFoundException` is raised when
            nothing matches; when ``True``, None is returned.
        :param dict query: More list filters, such as ``all_projects``.
        :returns: One
            :class:`~osc_share_plugin.sdk.v2.share_network.ShareNetwork`
            or None
        :raises: :class:`~openstack.exceptions.DuplicateResource` when more
            than one share network has that name.
        """
        return self._find_in_detail(
            _ShareNetwork, name_or_id, ignore_missing, **query
        )

    def get_share_network(self, share_network_id):
        """Lists details of a single share network

        :param share_network_id: The ID of the share network to get, or a
            ShareNetwork.
        :returns: Details of the identified share network
        :rtype: :class:`~osc_share_plugin.sdk.v2.share_network.ShareNetwork`
        """
        return self._get(_ShareNetwork, share_network_id)

    def delete_share_network(self, share_network_id, ignore_missing=True):
        """Deletes a single share network

        :param share_network_id: The ID of the share network to delete, or
            a ShareNetwork.
        :param bool ignore_missing: When ``False``, a missing network raises
            :class:`~openstack.exceptions.NotFoundException`.
        :rtype: ``None``
        """
        self._delete(
            _ShareNetwork, share_network_id, ignore_missing=ignore_missing
        )

    def update_share_network(self, share_network_id, **attrs):
        """Updates details of a single share network.

        :param share_network_id: The ID of the share network to update, or
            a ShareNetwork.
        :param dict attrs: The attributes to update on the share network:
            ``name``, ``description``, ``neutron_net_id``,
            ``neutron_subnet_id`` (of its default subnet).
        :returns: the updated share network
        :rtype: :class:`~osc_share_plugin.sdk.v2.share_network.ShareNetwork`
        """
        return self._update(_ShareNetwork, share_network_id, **attrs)

    def create_share_network(self, **attrs):
        """Creates a share network from attributes

        :param dict attrs: Attributes which will be used to create a
            :class:`~osc_share_plugin.sdk.v2.share_network.ShareNetwork`,
            comprised of the properties on the ShareNetwork class:
            ``name``, ``description``, ``neutron_net_id``,
            ``neutron_subnet_id``, ``availability_zone`` (2.51).
        :returns: Details of the new share network
        :rtype: :class:`~osc_share_plugin.sdk.v2.share_network.ShareNetwork`
        """
        return self._create(_ShareNetwork, **attrs)

    def add_share_network_security_service(
        self, share_network_id, security_service_id
    ):
        """Associate a security service with a share network.

        A network in use takes one from 2.63 on, where the backends can.

        :param share_network_id: The ID of a share network, or one.
        :param security_service_id: The ID of the security service.
        :returns: The updated share network.
        :rtype: :class:`~osc_share_plugin.sdk.v2.share_network.ShareNetwork`
        """
        res = self._get_resource(_ShareNetwork, share_network_id)
        return res.add_security_service(self, security_service_id)

    def remove_share_network_security_service(
        self, share_network_id, security_service_id
    ):
        """Dissociate a security service from an unused share network.

        :param share_network_id: The ID of a share network, or one.
        :param security_service_id: The ID of the security service.
        :returns: The updated share network.
        :rtype: :class:`~osc_share_plugin.sdk.v2.share_network.ShareNetwork`
        """
        res = self._get_resource(_ShareNetwork, share_network_id)
        return res.remove_security_service(self, security_service_id)

    def update_share_network_security_service(
        self, share_network_id, current_security_service_id,
        new_security_service_id,
    ):  # fmt: skip
        """Replace a security service of a share network (2.63).

        :param share_network_id: The ID of a share network, or one.
        :param current_security_service_id: The ID of the service to
            replace.
        :param new_security_service_id: The ID of its replacement.
        :returns: The updated share network.
        :rtype: :class:`~osc_share_plugin.sdk.v2.share_network.ShareNetwork`
        """
        res = self._get_resource(_ShareNetwork, share_network_id)
        return res.update_security_service(
            self, current_security_service_id, new_security_service_id
        )

    def check_share_network_security_service_add(
        self, share_network_id, security_service_id, reset_operation=False
    ):
        """Ask whether a security service can be added (2.63).

        :param share_network_id: The ID of a share network, or one.
        :param security_service_id: The ID of the security service.
        :param bool reset_operation: Start the check again.
        :returns: Manila's answer: ``compatible`` (``None`` while the check
            runs), ``requested_operation`` and, for admins,
            ``hosts_check_result``.
        :rtype: dict
        """
        res = self._get_resource(_ShareNetwork, share_network_id)
        return res.check_security_service_add(
            self, security_service_id, reset_operation
        )

    def check_share_network_security_service_update(
        self, share_network_id, current_security_service_id,
        new_security_service_id, reset_operation=False,
    ):  # fmt: skip
        """Ask whether a security service can be replaced (2.63).

        :param share_network_id: The ID of a share network, or one.
        :param current_security_service_id: The ID of the service to
            replace.
        :param new_security_service_id: The ID of its replacement.
        :param bool reset_operation: Start the check again.
        :returns: Manila's answer, as for the add check.
        :rtype: dict
        """
        res = self._get_resource(_ShareNetwork, share_network_id)
        return res.check_security_service_update(
            self,
            current_security_service_id,
            new_security_service_id,
            reset_operation,
        )

    def check_share_network_subnet_create(
        self, share_network_id, reset_operation=False, **attrs
    ):
        """Ask whether a subnet can be added to a share network (2.70).

        :param share_network_id: The ID of a share network, or one.
        :param bool reset_operation: Start the check again.
        :param attrs: ``neutron_net_id``, ``neutron_subnet_id``,
            ``availability_zone``.
        :returns: Manila's answer: ``compatible`` and, for admins,
            ``hosts_check_result``.
        :rtype: dict
        """
        res = self._get_resource(_ShareNetwork, share_network_id)
        return res.check_subnet_create(self, reset_operation, **attrs)

    def reset_share_network_status(self, share_network_id, status):
        """Set a share network's status (admin, 2.63).

        :param share_network_id: The ID of a share network, or one.
        :param str status: ``active``, ``error`` or ``network_change``.
        :returns: ``None``
        """
        res = self._get_resource(_ShareNetwork, share_network_id)
        res.reset_status(self, status)

    # ========== Share network subnets ==========

    def share_network_subnets(self, share_network_id):
        """Lists all share network subnets with details.

        :param share_network_id: The id of the share network for which
            Share Network Subnets should be listed.
        :returns: A generator of manila share network subnets
        :rtype: :class:`~.share_network_subnet.ShareNetworkSubnet`
        """
        return self._list_under(_Subnet, share_network_id=share_network_id)

    def get_share_network_subnet(
        self, share_network_id, share_network_subnet_id
    ):
        """Lists details of a single share network subnet.

        :param share_network_id: The id of the share network associated
            with the Share Network Subnet.
        :param share_network_subnet_id: The id of the Share Network Subnet
            to retrieve.
        :returns: Details of the identified share network subnet
        :rtype: :class:`~.share_network_subnet.ShareNetworkSubnet`
        """
        return self._get_under(
            _Subnet, share_network_subnet_id, share_network_id=share_network_id
        )

    def create_share_network_subnet(self, share_network_id, **attrs):
        """Creates a share network subnet from attributes

        :param share_network_id: The id of the share network wthin which
            the the Share Network Subnet should be created.
        :param dict attrs: Attributes which will be used to create a share
            network subnet: ``neutron_net_id``, ``neutron_subnet_id``,
            ``availability_zone``, ``metadata`` (2.78).
        :returns: Details of the new share network subnet.
        :rtype: :class:`~.share_network_subnet.ShareNetworkSubnet`
        """
        return self._create(
            _Subnet,
            share_network_id=_ShareNetwork._get_id(share_network_id),
            **attrs,
        )

    def delete_share_network_subnet(
        self, share_network_id, share_network_subnet, ignore_missing=True
    ):
        """Deletes a share network subnet.

        :param share_network_id: The id of the Share Network associated
            with the Share Network Subnet.
        :param share_network_subnet: The id of the Share Network Subnet
            which should be deleted.
        :param bool ignore_missing: When ``False``, a missing subnet raises
            :class:`~openstack.exceptions.NotFoundException`.
        :returns: Result of the ``delete``
        :rtype: ``None``
        """
        self._delete(
            _Subnet,
            share_network_subnet,
            ignore_missing=ignore_missing,
            share_network_id=_ShareNetwork._get_id(share_network_id),
        )

    def get_share_network_subnet_metadata(
        self, share_network_id, share_network_subnet_id
    ):
        """List a share network subnet's metadata (2.78).

        :param share_network_id: The ID of the share network.
        :param share_network_subnet_id: The ID of the subnet.
        :returns: The subnet, with ``metadata`` filled in.
        """
        res = self._subnet(share_network_id, share_network_subnet_id)
        return res.fetch_metadata(self)

    def update_share_network_subnet_metadata(
        self, share_network_id, share_network_subnet_id, metadata,
        replace=False,
    ):  # fmt: skip
        """Set metadata items on a share network subnet (2.78).

        :param share_network_id: The ID of the share network.
        :param share_network_subnet_id: The ID of the subnet.
        :param dict metadata: The items to set.
        :param bool replace: Replace all metadata with ``metadata``.
        :returns: The subnet, with all its metadata.
        """
        res = self._subnet(share_network_id, share_network_subnet_id)
        return res.set_metadata(self, metadata=metadata, replace=replace)

    def delete_share_network_subnet_metadata(
        self, share_network_id, share_network_subnet_id, keys,
        ignore_missing=True,
    ):  # fmt: skip
        """Delete metadata items of a share network subnet (2.78).

        :param share_network_id: The ID of the share network.
        :param share_network_subnet_id: The ID of the subnet.
        :param keys: The keys to delete.
        :param bool ignore_missing: When ``False``, a missing key raises
            :class:`~openstack.exceptions.NotFoundException` (after every
            other key was deleted).
        :returns: ``None``
        """
        res = self._subnet(share_network_id, share_network_subnet_id)
        res.delete_metadata_keys(self, keys, ignore_missing)

    def _subnet(self, share_network_id, share_network_subnet_id):
        return self._get_resource(
            _Subnet,
            share_network_subnet_id,
            share_network_id=_ShareNetwork._get_id(share_network_id),
        )

    # ========== Security services ==========

    def security_services(self, details=True, **query):
        """List security services, following every page.

        :param bool details: Whether to list ``/security-services/detail``
            (every field, with the share networks using each) or
            ``/security-services``.
        :param dict query: ``name``, ``type``, ``user``, ``server``,
            ``dns_ip``, ``domain``, ``ou`` (2.44), ``default_ad_site``
            (2.76), ``share_network_id``, ``all_projects`` (admin),
            ``offset`` and ``limit``.
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.security_service.SecurityService`
        """
        return self._list_in_detail(_SecurityService, details, **query)

    def find_security_service(self, name_or_id, ignore_missing=True, **query):
        """Find a single security service by ID, else by name.

        :param name_or_id: The name or ID of a security service.
        :param bool ignore_missing: When ``False``,
            :class:`~openstack.exceptions.NotFoundException` is raised when
            nothing matches.
        :param dict query: More list filters, such as ``all_projects``.
        :returns: One
            :class:`~osc_share_plugin.sdk.v2.security_service.SecurityService`
            or None
        :raises: :class:`~openstack.exceptions.DuplicateResource` when more
            than one security service has that name.
        """
        return self._find_in_detail(
            _SecurityService, name_or_id, ignore_missing, **query
        )

    def get_security_service(self, security_service_id):
        """Show one security service.

        :param security_service_id: The ID of a security service, or one.
        :returns: A
            :class:`~osc_share_plugin.sdk.v2.security_service.SecurityService`
        """
        return self._get(_SecurityService, security_service_id)

    def create_security_service(self, **attrs):
        """Create a security service.

        :param attrs: ``type`` (``ldap``, ``kerberos`` or
            ``active_directory``, required), ``name``, ``description``,
            ``dns_ip``, ``server``, ``domain``, ``user``, ``password``,
            ``ou`` (2.44), ``default_ad_site`` (2.76).
        :returns: The new
            :class:`~osc_share_plugin.sdk.v2.security_service.SecurityService`
        """
        return self._create(_SecurityService, **attrs)

    def update_security_service(self, security_service_id, **attrs):
        """Update a security service.

        A service of a network with share servers takes ``name`` and
        ``description`` only; replace it on the network instead.

        :param security_service_id: The ID of a security service, or one.
        :param attrs: The fields of :meth:`create_security_service` but
            ``type``.
        :returns: The updated
            :class:`~osc_share_plugin.sdk.v2.security_service.SecurityService`
        """
        return self._update(_SecurityService, security_service_id, **attrs)

    def delete_security_service(
        self, security_service_id, ignore_missing=True
    ):
        """Delete a security service no share network uses.

        :param security_service_id: The ID of a security service, or one.
        :param bool ignore_missing: When ``False``, a missing service raises
            :class:`~openstack.exceptions.NotFoundException`.
        :returns: ``None``
        """
        self._delete(
            _SecurityService,
            security_service_id,
            ignore_missing=ignore_missing,
        )

    # ========== Share servers (admin) ==========

    def share_servers(self, **query):
        """List share servers (Manila pages nothing: one request).

        :param dict query: ``host``, ``status``, ``project_id``,
            ``share_network`` (name or ID), ``share_network_id``,
            ``share_network_subnet_id`` (2.51), ``source_share_server_id``
            (2.57), ``identifier`` (2.49), ``task_state``,
            ``is_auto_deletable``, ``encryption_key_ref``.
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.share_server.ShareServer`
        """
        return self._list(_ShareServer, **query)

    def find_share_server(self, name_or_id, ignore_missing=True, **query):
        """Find a share server by ID, else by its backend identifier.

        Share servers have no names: a value that is not a UUID, or no
        server's ID, is looked up as the ``identifier`` the backend gave
        it (one filtered list).

        :param name_or_id: The ID or backend identifier of a share server.
        :param bool ignore_missing: When ``False``,
            :class:`~openstack.exceptions.NotFoundException` is raised when
            nothing matches.
        :param dict query: More list filters.
        :returns: One
            :class:`~osc_share_plugin.sdk.v2.share_server.ShareServer` or
            None
        :raises: :class:`~openstack.exceptions.DuplicateResource` when
            several servers have that identifier.
        """
        if _base.is_uuid_like(name_or_id):
            try:
                return self._get(_ShareServer, name_or_id)
            except exceptions.NotFoundException:
                pass
        found = list(self._list(_ShareServer, identifier=name_or_id, **query))
        if len(found) > 1:
            raise exceptions.DuplicateResource(
                f'More than one ShareServer has the identifier '
                f'{name_or_id}: use its ID'
            )
        if found:
            return found[0]
        if ignore_missing:
            return None
        raise exceptions.NotFoundException(
            f'No ShareServer found for {name_or_id}'
        )

    def get_share_server(self, share_server_id):
        """Show one share server.

        :param share_server_id: The ID of a share server, or one.
        :returns: :class:`~osc_share_plugin.sdk.v2.share_server.ShareServer`
        """
        return self._get(_ShareServer, share_server_id)

    def get_share_server_details(self, share_server_id):
        """What the backend keeps about a share server (``/details``).

        :param share_server_id: The ID of a share server, or one.
        :returns: The details, as strings.
        :rtype: dict
        """
        res = self._get_resource(_ShareServer, share_server_id)
        return res.fetch_details(self)

    def delete_share_server(self, share_server_id, ignore_missing=True):
        """Delete a share server that has no shares.

        :param share_server_id: The ID of a share server, or one.
        :param bool ignore_missing: When ``False``, a missing server raises
            :class:`~openstack.exceptions.NotFoundException`.
        :returns: ``None``
        """
        self._delete(
            _ShareServer, share_server_id, ignore_missing=ignore_missing
        )

    def manage_share_server(self, host, share_network_id, identifier, **attrs):
        """Bring a backend's share server under Manila's control (2.49).

        :param str host: ``host@backend``, without a pool.
        :param share_network_id: The ID of its share network.
        :param str identifier: The server's identifier on the backend.
        :param attrs: ``driver_options`` (dict), ``share_network_subnet_id``
            (2.51).
        :returns: The new
            :class:`~osc_share_plugin.sdk.v2.share_server.ShareServer`
        """
        return _ShareServer.manage(
            self,
            host,
            _ShareNetwork._get_id(share_network_id),
            identifier,
            **attrs,
        )

    def unmanage_share_server(self, share_server_id, force=False):
        """Stop managing a share server, leaving it on the backend (2.49).

        :param share_server_id: The ID of a share server, or one.
        :param bool force: Unmanage even when the driver cannot.
        :returns: ``None``
        """
        res = self._get_resource(_ShareServer, share_server_id)
        res.unmanage(self, force=force)

    def reset_share_server_status(self, share_server_id, status):
        """Set a share server's status (admin).

        :param share_server_id: The ID of a share server, or one.
        :param str status: The status, such as ``active`` or ``error``.
        :returns: ``None``
        """
        res = self._get_resource(_ShareServer, share_server_id)
        res.reset_status(self, status)

    def reset_share_server_task_state(self, share_server_id, task_state):
        """Set a share server's task state (admin, 2.57).

        :param share_server_id: The ID of a share server, or one.
        :param task_state: The task state, or ``None`` to clear it.
        :returns: ``None``
        """
        res = self._get_resource(_ShareServer, share_server_id)
        res.reset_task_state(self, task_state)

    def check_share_server_migration(
        self, share_server_id, host, writable, nondisruptive,
        preserve_snapshots, new_share_network_id=None,
    ):  # fmt: skip
        """Ask whether a share server can migrate to ``host`` (2.57).

        :param share_server_id: The ID of a share server, or one.
        :param str host: The destination, ``host@backend``.
        :param bool writable: Keep the shares writable meanwhile.
        :param bool nondisruptive: Keep clients connected.
        :param bool preserve_snapshots: Move the snapshots too.
        :param new_share_network_id: The destination's share network.
        :returns: ``compatible``, ``requested_capabilities`` and
            ``supported_capabilities``.
        :rtype: dict
        """
        res = self._get_resource(_ShareServer, share_server_id)
        return res.migration_check(
            self, host, writable, nondisruptive, preserve_snapshots,
            new_share_network_id=new_share_network_id,
        )  # fmt: skip

    def start_share_server_migration(
        self, share_server_id, host, writable, nondisruptive,
        preserve_snapshots, new_share_network_id=None,
    ):  # fmt: skip
        """Start migrating a share server to ``host`` (2.57).

        Parameters as :meth:`check_share_server_migration`.

        :returns: ``None``
        """
        res = self._get_resource(_ShareServer, share_server_id)
        res.migration_start(
            self, host, writable, nondisruptive, preserve_snapshots,
            new_share_network_id=new_share_network_id,
        )  # fmt: skip

    def complete_share_server_migration(self, share_server_id):
        """Finish a migration in ``migration_driver_phase1_done`` (2.57).

        :param share_server_id: The ID of the source share server, or one.
        :returns: ``destination_share_server_id``.
        :rtype: dict
        """
        res = self._get_resource(_ShareServer, share_server_id)
        return res.migration_complete(self)

    def cancel_share_server_migration(self, share_server_id):
        """Cancel a share server migration (2.57).

        :param share_server_id: The ID of the source share server, or one.
        :returns: ``None``
        """
        res = self._get_resource(_ShareServer, share_server_id)
        res.migration_cancel(self)

    def get_share_server_migration_progress(self, share_server_id):
        """How far a share server migration is (2.57).

        :param share_server_id: The ID of the source share server, or one.
        :returns: ``total_progress``, ``task_state`` and
            ``destination_share_server_id``.
        :rtype: dict
        """
        res = self._get_resource(_ShareServer, share_server_id)
        return res.migration_get_progress(self)
