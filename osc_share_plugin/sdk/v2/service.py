"""Manila services: manila-share (one per back end), -scheduler, -data"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base


class Service(_base.ShareResource):
    resources_key = 'services'
    base_path = '/services'

    allow_list = True

    # ``status``: enabled or disabled; ``state``: up or down; ``zone``:
    # availability zone name; ``ensuring`` (2.93): true or false.
    _query_mapping = resource.QueryParameters(
        'host',
        'binary',
        'zone',
        'state',
        'status',
        'ensuring',
        include_pagination_defaults=False,
    )
    _ids_are_uuids = False

    binary = resource.Body('binary', type=str)
    #: Why the service was disabled (2.83).
    disabled_reason = resource.Body('disabled_reason', type=str)
    #: Whether the service is ensuring its shares (2.86).
    ensuring = resource.Body('ensuring', type=bool)
    host = resource.Body('host', type=str)
    #: ``up`` or ``down``.
    state = resource.Body('state', type=str)
    #: ``enabled`` or ``disabled``.
    status = resource.Body('status', type=str)
    updated_at = resource.Body('updated_at', type=str)
    availability_zone = resource.Body('zone', type=str)

    @classmethod
    def set_enabled(cls, session, host, binary, enabled, disable_reason=None):
        """``PUT /services/enable`` or ``/services/disable``."""
        body = {'host': host, 'binary': binary}
        if disable_reason is not None:
            body['disabled_reason'] = disable_reason
        action = 'enable' if enabled else 'disable'
        response = cls._send(
            session, 'put', _base.path(cls.base_path, action), json=body
        )
        res = cls()
        res._translate_response(response)
        return res

    @classmethod
    def ensure_shares(cls, session, host):
        """``POST /services/ensure-shares`` (2.86); Manila answers 202."""
        cls._send(
            session,
            'post',
            _base.path(cls.base_path, 'ensure-shares'),
            json={'ensure_shares': {'host': host}},
        )
