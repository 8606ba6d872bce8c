"""What share types and share group types have alike: their specs, their
project access and the cloud's default one."""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base


class TypeMixin:
    """Created, shown, listed and deleted, with specs and project access.

    A type class names where its specs and access list live; the requests,
    and the checks that each answer carries its collection, are the same.
    """

    allow_create = True
    allow_fetch = True
    allow_delete = True
    allow_list = True

    #: Whether this is the cloud's default type (2.46).
    is_default = resource.Body('is_default', type=bool)

    #: The specs' body key (``extra_specs``, ``group_specs``).
    _specs_key = None
    #: The specs' path segment under the type.
    _specs_segment = None
    #: The access list's path segment under the type; its body key is
    #: ``<resource_key>_access``.
    _access_segment = None
    #: The resource each access entry is built as.
    _access_resource = None

    def _collection(self, session, method, segment, key, **kwargs):
        """``key`` of the answer to ``method`` on ``<type>/<segment>``.

        A read or a change must answer its collection (``{'extra_specs':
        ...}``, ``{'share_type_access': [...]}``); a delete answers nothing.
        """
        response = self._send(session, method, self._path(segment), **kwargs)
        return _base.document(response, key, (dict, list))

    def fetch_specs(self, session):
        specs = self._collection(
            session, 'get', self._specs_segment, self._specs_key
        )
        self._body.attributes[self._specs_key] = specs
        return self

    def set_specs(self, session, **specs):
        self._collection(
            session,
            'post',
            self._specs_segment,
            self._specs_key,
            json={self._specs_key: specs},
        )
        current = getattr(self, self._specs_key) or {}
        self._body.attributes[self._specs_key] = {**current, **specs}
        return self

    def delete_specs(self, session, keys, ignore_missing=True):
        """Delete each key; with ``ignore_missing=False`` name the absent."""
        noun = self._specs_key.replace('_', ' ').capitalize()
        _base.delete_each(
            keys,
            lambda key: self._send(
                session, 'delete', self._path(self._specs_segment, key)
            ),
            ignore_missing,
            f'{noun} not found',
        )

    def project_access(self, session):
        key = f'{self.resource_key}_access'
        entries = self._collection(session, 'get', self._access_segment, key)
        return [self._access_resource.existing(**item) for item in entries]

    def add_project_access(self, session, project_id):
        self._action(session, {'addProjectAccess': {'project': project_id}})

    def remove_project_access(self, session, project_id):
        self._action(session, {'removeProjectAccess': {'project': project_id}})

    @classmethod
    def fetch_default(cls, session):
        """``GET <base path>/default``: the cloud's default type."""
        response = cls._send(
            session, 'get', _base.path(cls.base_path, 'default')
        )
        default = cls()
        default._translate_response(response)
        return default
