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

    @classmethod
    def list(cls, session, paginated=True, base_path=None, **params):
        """One GET: ``limits`` is an object, not a list to page through."""
        params.pop('allow_unknown_params', None)
        cls._check_query(params, base_path or cls.base_path)
        response = session.get(
            base_path or cls.base_path,
            microversion=cls._get_microversion(session),
        )
        yield cls.existing(**_base.document(response, 'limits', dict))
