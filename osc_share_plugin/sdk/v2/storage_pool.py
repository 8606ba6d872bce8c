"""Back-end storage pools, as the scheduler sees them"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base


class StoragePool(_base.ShareResource):
    resources_key = 'pools'
    base_path = '/scheduler-stats/pools'

    allow_list = True

    # ``capabilities`` is a dict (extra specs a pool must have);
    # ``share_type`` (2.23) is a name or ID whose extra specs filter. The
    # seed's ``pool_name``, ``host_name`` and ``backend_name`` are sent as
    # the names Manila reads (it matches no pool on a key it does not know).
    _query_mapping = resource.QueryParameters(
        'pool',
        'backend',
        'host',
        'capabilities',
        'share_type',
        include_pagination_defaults=False,
        pool_name='pool',
        host_name='host',
        backend_name='backend',
    )
    _ids_are_uuids = False

    #: The back end (``dummy1``).
    backend = resource.Body('backend', type=str)
    #: What the pool reports: capacity, protocols, supported features.
    capabilities = resource.Body('capabilities', type=dict)
    #: The host of the back end.
    host = resource.Body('host', type=str)
    #: The pool of the back end.
    pool = resource.Body('pool', type=str)
