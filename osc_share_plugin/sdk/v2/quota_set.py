"""Quota sets (per project, project user or project share type) and quota
class sets"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base


class _QuotaMixin:
    """The quota values; untyped, since ``/detail`` gives each as a dict
    (``in_use``, ``limit``, ``reserved``). ``-1`` means unlimited."""

    shares = resource.Body('shares')
    snapshots = resource.Body('snapshots')
    gigabytes = resource.Body('gigabytes')
    snapshot_gigabytes = resource.Body('snapshot_gigabytes')
    share_networks = resource.Body('share_networks')
    #: 2.40
    share_groups = resource.Body('share_groups')
    share_group_snapshots = resource.Body('share_group_snapshots')
    #: 2.53
    share_replicas = resource.Body('share_replicas')
    replica_gigabytes = resource.Body('replica_gigabytes')
    #: 2.62
    per_share_gigabytes = resource.Body('per_share_gigabytes')
    #: 2.80
    backups = resource.Body('backups')
    backup_gigabytes = resource.Body('backup_gigabytes')
    #: 2.90
    encryption_keys = resource.Body('encryption_keys')

    _ids_are_uuids = False

    @classmethod
    def _request(cls, session, method, parts, params=None, **kwargs):
        """One request on ``<base_path>/<parts...>``, with the query."""
        return cls._send(
            session,
            method,
            _base.path(cls.base_path, *parts),
            params={k: v for k, v in (params or {}).items() if v is not None},
            **kwargs,
        )

    @classmethod
    def _from_response(cls, response, name):
        body = response.json().get(cls.resource_key) or {}
        # Updates and defaults do not always say whose quotas they are.
        return cls.existing(**{**body, 'id': body.get('id') or name})


class QuotaSet(_QuotaMixin, _base.ShareResource):
    """The quotas of a project, or of a user or a share type in it.

    ``user_id`` and ``share_type`` (2.39) are mutually exclusive.
    """

    resource_key = 'quota_set'
    base_path = '/quota-sets'

    _query_mapping = resource.QueryParameters(
        'user_id', 'share_type', include_pagination_defaults=False
    )

    @classmethod
    def fetch_for(cls, session, project_id, view=None, **query):
        """``GET /quota-sets/<project>[/detail|/defaults]``."""
        parts = (project_id,) + ((view,) if view else ())
        response = cls._request(session, 'get', parts, query)
        return cls._from_response(response, project_id)

    @classmethod
    def update_for(cls, session, project_id, quotas, force=False, **query):
        body = dict(quotas)
        if force:
            body['force'] = True
        response = cls._request(
            session, 'put', (project_id,), query, json={'quota_set': body}
        )
        return cls._from_response(response, project_id)

    @classmethod
    def delete_for(cls, session, project_id, **query):
        cls._request(session, 'delete', (project_id,), query)


class QuotaClassSet(_QuotaMixin, _base.ShareResource):
    """The quotas of a quota class (``default``: every project's)."""

    resource_key = 'quota_class_set'
    base_path = '/quota-class-sets'

    _query_mapping = resource.QueryParameters(
        include_pagination_defaults=False
    )

    @classmethod
    def fetch_for(cls, session, class_name):
        response = cls._request(session, 'get', (class_name,))
        return cls._from_response(response, class_name)

    @classmethod
    def update_for(cls, session, class_name, quotas):
        response = cls._request(
            session,
            'put',
            (class_name,),
            json={'quota_class_set': dict(quotas)},
        )
        return cls._from_response(response, class_name)
