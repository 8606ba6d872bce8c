"""The caller's absolute and rate limits"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base


class Limit(_base.ShareResource):
    """``GET /limits``: one resource with both kinds of limits."""

    resources_key = 'limits'
    base_path = '/limits'

    allow_list = True

    _query_mapping = resource.QueryParameters(
        include_pagination_defaults=False
    )
    _ids_are_uuids = False

    #: ``{'maxTotalShares': 50, 'totalSharesUsed': 2, ...}``.
    absolute = resource.Body('absolute', type=dict)
    #: ``[{'uri': ..., 'regex': ..., 'limit': [{'verb': ..., ...}]}]``.
    rate = resource.Body('rate', type=list)
