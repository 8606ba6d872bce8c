"""Share types, their extra specs and their project access"""

from openstack import exceptions
from openstack import resource

from osc_share_plugin.sdk.v2 import _base


class ShareType(_base.ShareResource):
    resource_key = 'share_type'
    resources_key = 'share_types'
    base_path = '/types'

    allow_create = True
    allow_fetch = True
    allow_commit = True
    allow_delete = True
    allow_list = True

    # Manila has no name filter on types: find lists and matches names.
    # ``is_public``: true (the default), false, or ``all`` (admin).
    _query_mapping = resource.QueryParameters(
        'is_public', 'extra_specs', include_pagination_defaults=False
    )

    #: Description (2.41).
    description = resource.Body('description', type=str)
    #: Every extra spec, required ones included.
    extra_specs = resource.Body('extra_specs', type=dict)
    #: Whether this is the cloud's default type (2.46).
    is_default = resource.Body('is_default', type=bool)
    is_public = resource.Body('share_type_access:is_public', type=bool)
    #: The specs every type must have (driver_handles_share_servers).
    required_extra_specs = resource.Body('required_extra_specs', type=dict)

    def _specs_url(self, *parts):
        return self._path('extra_specs', *parts)

    def _request(self, session, method, url, **kwargs):
        # URLs come from _path, which quotes the ID and the key (an extra
        # spec such as 'a/b' is that key); a read or a change must answer
        # its collection: {'extra_specs': ...}, {'share_type_access': ...}.
        response = getattr(session, method)(
            url, microversion=self._get_microversion(session), **kwargs
        )
        exceptions.raise_from_response(response)
        collection = url.rstrip('/').rsplit('/', 1)[-1]
        if method in ('get', 'post') and collection in (
            'extra_specs',
            'share_type_access',
        ):
            _base.document(response, collection, (dict, list))
        return response

    def fetch_extra_specs(self, session):
        response = self._request(session, 'get', self._specs_url())
        self._body.attributes['extra_specs'] = response.json()['extra_specs']
        return self

    def set_extra_specs(self, session, **specs):
        self._request(
            session, 'post', self._specs_url(), json={'extra_specs': specs}
        )
        self._body.attributes['extra_specs'] = {
            **(self.extra_specs or {}),
            **specs,
        }
        return self

    def delete_extra_specs(self, session, keys, ignore_missing=True):
        missing = []
        for key in keys:
            try:
                self._request(session, 'delete', self._specs_url(key))
            except exceptions.NotFoundException:
                missing.append(key)
        if missing and not ignore_missing:
            raise exceptions.NotFoundException(
                f'Extra specs not found: {", ".join(missing)}'
            )

    def project_access(self, session):
        url = self._path('share_type_access')
        response = self._request(session, 'get', url)
        return [
            ShareTypeAccess.existing(**item)
            for item in response.json()['share_type_access']
        ]

    def add_project_access(self, session, project_id):
        self._action(session, {'addProjectAccess': {'project': project_id}})

    def remove_project_access(self, session, project_id):
        self._action(session, {'removeProjectAccess': {'project': project_id}})

    @classmethod
    def fetch_default(cls, session):
        response = session.get(
            '/types/default', microversion=cls._get_microversion(session)
        )
        exceptions.raise_from_response(response)
        share_type = cls()
        share_type._translate_response(response)
        return share_type


class ShareTypeAccess(resource.Resource):
    """One project's access to a private share type."""

    project_id = resource.Body('project_id', type=str)
    share_type_id = resource.Body('share_type_id', type=str)
