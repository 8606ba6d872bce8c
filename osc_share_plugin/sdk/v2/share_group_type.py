"""Share group types, their group specs and their project access"""

import urllib.parse

from openstack import exceptions
from openstack import resource
from openstack import utils

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _experimental

# Paths may come without a leading slash (urljoin strips it).
# Experimental from 2.31 to 2.54; GA at 2.55.
_experimental.declare(r'(^|/)share-group-types(/|$)', '2.31', '2.54')


class ShareGroupType(_base.ShareResource):
    resource_key = 'share_group_type'
    resources_key = 'share_group_types'
    base_path = '/share-group-types'

    allow_create = True
    allow_fetch = True
    allow_delete = True
    allow_list = True

    # Manila has no name filter on group types: find lists and matches
    # names. ``is_public``: true (the default), false, or ``all`` (admin);
    # ``group_specs`` (dict, 2.66).
    _query_mapping = resource.QueryParameters(
        'is_public', 'group_specs', include_pagination_defaults=False
    )

    group_specs = resource.Body('group_specs', type=dict)
    #: Whether this is the cloud's default group type (2.46).
    is_default = resource.Body('is_default', type=bool)
    is_public = resource.Body('is_public', type=bool)
    #: IDs of the share types groups of this type may hold; on create,
    #: names or IDs.
    share_types = resource.Body('share_types', type=list)

    def _url(self, *parts):
        # The ID and spec keys are values: each must stay one segment.
        return _join(self.base_path, self.id, *parts)

    def _request(self, session, method, url, **kwargs):
        response = getattr(session, method)(
            url, microversion=self._get_microversion(session), **kwargs
        )
        exceptions.raise_from_response(response)
        return response

    def fetch_group_specs(self, session):
        response = self._request(session, 'get', self._url('group-specs'))
        self._body.attributes['group_specs'] = response.json()['group_specs']
        return self

    def set_group_specs(self, session, **specs):
        self._request(
            session,
            'post',
            self._url('group-specs'),
            json={'group_specs': specs},
        )
        self._body.attributes['group_specs'] = {
            **(self.group_specs or {}),
            **specs,
        }
        return self

    def delete_group_specs(self, session, keys, ignore_missing=True):
        missing = []
        for key in keys:
            try:
                self._request(session, 'delete', self._url('group-specs', key))
            except exceptions.NotFoundException:
                missing.append(key)
        if missing and not ignore_missing:
            raise exceptions.NotFoundException(
                f'Group specs not found: {", ".join(missing)}'
            )

    def project_access(self, session):
        response = self._request(session, 'get', self._url('access'))
        return [
            ShareGroupTypeAccess.existing(**item)
            for item in response.json()['share_group_type_access']
        ]

    def add_project_access(self, session, project_id):
        self._action(session, {'addProjectAccess': {'project': project_id}})

    def remove_project_access(self, session, project_id):
        self._action(session, {'removeProjectAccess': {'project': project_id}})

    @classmethod
    def fetch_default(cls, session):
        response = session.get(
            utils.urljoin(cls.base_path, 'default'),
            microversion=cls._get_microversion(session),
        )
        exceptions.raise_from_response(response)
        group_type = cls()
        group_type._translate_response(response)
        return group_type


def _join(prefix, *segments):
    """``prefix`` and each segment percent-encoded, as the base does it."""
    join = getattr(_base, 'path', None)
    if join is not None:
        return join(prefix, *segments)
    return utils.urljoin(
        prefix, *(urllib.parse.quote(str(seg), safe='') for seg in segments)
    )


class ShareGroupTypeAccess(resource.Resource):
    """One project's access to a private share group type."""

    project_id = resource.Body('project_id', type=str)
    share_group_type_id = resource.Body('share_group_type_id', type=str)
