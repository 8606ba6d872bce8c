"""Share networks and their security-service actions"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _declare


class ShareNetwork(_declare.Editable, _base.ShareResource):
    resource_key = 'share_network'
    resources_key = 'share_networks'
    base_path = '/share-networks'

    #: Every filter Manila's share network list understands. Manila
    #: compares any other key with each network's fields, so a sort key
    #: would empty the list: there is none.
    _query_mapping = resource.QueryParameters(
        *_declare.NAME_FILTERS,
        'project_id',
        'created_since',
        'created_before',
        'security_service_id',
        'neutron_net_id',
        'neutron_subnet_id',
        'network_type',
        'segmentation_id',
        'cidr',
        'ip_version',
        'limit',
        'offset',
        include_pagination_defaults=False,
        all_projects='all_tenants',
    )

    #: Availability zone of the first subnet, on create only (2.51).
    availability_zone = resource.Body('availability_zone', type=str)
    cidr = resource.Body('cidr', type=str)
    created_at = resource.Body('created_at', type=str)
    description = resource.Body('description', type=str)
    gateway = resource.Body('gateway', type=str)
    ip_version = resource.Body('ip_version', type=int)
    mtu = resource.Body('mtu', type=int)
    #: Whether its share servers can get more network allocations (2.70).
    is_network_allocation_update_supported = resource.Body(
        'network_allocation_update_support', type=bool
    )
    #: Whether its security services can be changed while in use (2.63).
    is_security_service_update_supported = resource.Body(
        'security_service_update_support', type=bool
    )
    network_type = resource.Body('network_type', type=str)
    #: Neutron network of the default subnet (in responses before 2.51).
    neutron_net_id = resource.Body('neutron_net_id', type=str)
    neutron_subnet_id = resource.Body('neutron_subnet_id', type=str)
    project_id = resource.Body('project_id', type=str)
    segmentation_id = resource.Body('segmentation_id', type=int)
    #: The subnets, as dicts (2.51).
    share_network_subnets = resource.Body('share_network_subnets', type=list)
    #: active, error or network_change (2.63).
    status = resource.Body('status', type=str)
    updated_at = resource.Body('updated_at', type=str)

    def _answer(self, session, action, body):
        response = self._action(session, {action: body})
        return response.json() if response.content else {}

    def _changed(self, session, action, body):
        """Run an action Manila answers with the share network."""
        response = self._action(session, {action: body})
        self._translate_response(response)
        return self

    def add_security_service(self, session, security_service_id):
        return self._changed(
            session,
            'add_security_service',
            {'security_service_id': security_service_id},
        )

    def remove_security_service(self, session, security_service_id):
        return self._changed(
            session,
            'remove_security_service',
            {'security_service_id': security_service_id},
        )

    def update_security_service(self, session, current_id, new_id):
        return self._changed(
            session,
            'update_security_service',
            {'current_service_id': current_id, 'new_service_id': new_id},
        )

    def check_security_service_add(
        self, session, security_service_id, reset_operation=False
    ):
        return self._answer(
            session,
            'add_security_service_check',
            {
                'security_service_id': security_service_id,
                'reset_operation': reset_operation,
            },
        )

    def check_security_service_update(
        self, session, current_id, new_id, reset_operation=False
    ):
        return self._answer(
            session,
            'update_security_service_check',
            {
                'current_service_id': current_id,
                'new_service_id': new_id,
                'reset_operation': reset_operation,
            },
        )

    def check_subnet_create(self, session, reset_operation=False, **attrs):
        return self._answer(
            session,
            'share_network_subnet_create_check',
            {**attrs, 'reset_operation': reset_operation},
        )

    def reset_status(self, session, status):
        self._action(session, {'reset_status': {'status': status}})
