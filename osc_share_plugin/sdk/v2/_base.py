"""Behaviour shared by every Shared File Systems resource"""

import uuid

from openstack import exceptions
from openstack import fields
from openstack import resource
from openstack import utils

from osc_share_plugin.sdk.v2 import MAX_MICROVERSION


class ShareResource(resource.Resource):
    """Base for Manila resources.

    Every request carries a microversion: the session's default when the
    caller negotiated one, else the highest both sides support.
    """

    _max_microversion = MAX_MICROVERSION

    #: Manila pages these collections by ``offset``: the ``marker`` in its
    #: next links is ignored by the server, so following them verbatim
    #: repeats the first page forever.
    _paginate_by_offset = False

    #: Page size asked for when the caller gives an offset but no limit:
    #: Manila applies ``offset`` only together with ``limit``.
    _offset_page_size = 1000

    #: IDs are UUIDs, so a name that is not one skips the GET by ID.
    _ids_are_uuids = True

    def __init__(self, _synchronized=False, connection=None, **attrs):
        # openstacksdk keeps the connection only to derive a 'location'
        # (cloud, region, project) for each resource, which costs a token
        # check per listed row; Manila resources carry their project_id.
        super().__init__(_synchronized, connection=None, **attrs)

    # openstacksdk recomputes these class-level tables for every resource
    # it builds: about 0.9 ms a row, most of a 2,000-share listing. They
    # depend on the class only, so each is computed once.

    @classmethod
    def _attributes_iterator(cls, components=(fields.Body, fields.Header)):
        key = (cls, components)
        found = _ATTRIBUTES.get(key)
        if found is None:
            found = _ATTRIBUTES[key] = tuple(
                super()._attributes_iterator(components)
            )
        return iter(found)

    @classmethod
    def _get_mapping(cls, component):
        key = (cls, component)
        found = _MAPPINGS.get(key)
        if found is None:
            found = _MAPPINGS[key] = super()._get_mapping(component)
        return found

    def _consume_attrs(self, mapping, attrs):
        """openstacksdk's matching, through an index built once a mapping.

        Same result: each key naming an attribute or its server-side name
        (case-insensitively) is popped and filed under the server name.
        """
        names, index = _consume_index(mapping)
        relevant = {}
        consumed = []
        for key, value in attrs.items():
            if key in names or mapping.get(key):
                for server_name in index.get(key.lower(), ()):
                    relevant[server_name] = value
                consumed.append(key)
        for key in consumed:
            attrs.pop(key)
        return relevant

    @classmethod
    def list(
        cls,
        session,
        paginated=True,
        base_path=None,
        allow_unknown_params=False,
        **params,
    ):
        # One contract for every resource: ``limit`` is one page and no
        # ``limit`` is every page; a dict filter goes the way Manila parses
        # it; a filter the resource does not declare is an error, where
        # openstacksdk would drop it or filter on the client after listing
        # everything.
        if not allow_unknown_params:
            cls._check_query(params, base_path or cls.base_path)
        params = {
            key: query_dict(value) if isinstance(value, dict) else value
            for key, value in params.items()
        }
        if params.get('limit') is not None:
            paginated = False
        elif cls._paginate_by_offset and params.get('offset'):
            params['limit'] = cls._offset_page_size
        return super().list(
            session, paginated, base_path, allow_unknown_params, **params
        )

    @classmethod
    def _check_query(cls, params, base_path):
        known = set(cls._query_mapping._mapping)
        known.update(utils.get_string_format_keys(base_path))
        known.update(('microversion', 'headers', 'max_items'))
        unknown = sorted(set(params) - known)
        if unknown:
            raise exceptions.InvalidResourceQuery(
                message=f'{cls.__name__} cannot be filtered by '
                f'{", ".join(unknown)}',
                extra_data=unknown,
            )

    @classmethod
    def _get_next_link(cls, uri, response, data, marker, limit, total_yielded):
        if not cls._paginate_by_offset:
            return super()._get_next_link(
                uri, response, data, marker, limit, total_yielded
            )
        # Only the server's own next link says there is more: openstacksdk
        # would otherwise guess one from the limit, and the guess loses the
        # offset.
        links = data.get(f'{cls.resources_key}_links') or []
        if not any(link.get('rel') == 'next' for link in links):
            return None, {}
        next_link, params = super()._get_next_link(
            uri, response, data, marker, limit, total_yielded
        )
        params = dict(params)
        params.pop('marker', None)
        page_offset = params.pop('offset', 0)
        if isinstance(page_offset, list):
            page_offset = page_offset[0]
        page = data.get(cls.resources_key) or []
        params['offset'] = int(page_offset) + len(page)
        return next_link, params

    @classmethod
    def find(
        cls,
        session,
        name_or_id,
        ignore_missing=True,
        list_base_path=None,
        *,
        microversion=None,
        all_projects=None,
        list_params=None,
        **params,
    ):
        """Find a resource by ID (one GET) or else by name (one list).

        ``list_params`` go to the list only (``is_public='all'``).
        """
        session = cls._get_session(session)
        if not cls._ids_are_uuids or is_uuid_like(name_or_id):
            try:
                match = cls.existing(
                    id=name_or_id,
                    connection=session._get_connection(),
                    **params,
                )
                return match.fetch(
                    session, microversion=microversion, **params
                )
            except exceptions.NotFoundException:
                pass
        if list_base_path:
            params['base_path'] = list_base_path
        params.update(list_params or {})
        if all_projects is not None:
            params['all_projects'] = all_projects
        if 'name' in cls._query_mapping._mapping:
            params['name'] = name_or_id
            data = cls.list(session, microversion=microversion, **params)
        else:
            data = (
                item
                for item in cls.list(
                    session, microversion=microversion, **params
                )
                if item.name == name_or_id
            )
        result = cls._get_one_match(name_or_id, data)
        if result is not None:
            return result
        if ignore_missing:
            return None
        raise exceptions.NotFoundException(
            f'No {cls.__name__} found for {name_or_id}'
        )

    def _action(self, session, body, microversion=None):
        """POST ``body`` to ``<resource>/action``; Manila answers 202."""
        url = utils.urljoin(self._base_path_with_uri(), self.id, 'action')
        if microversion is None:
            microversion = self._get_microversion(session)
        response = session.post(
            url, json=body, headers={'Accept': ''}, microversion=microversion
        )
        exceptions.raise_from_response(response)
        return response

    def _base_path_with_uri(self):
        return self.base_path % self._uri.attributes


_ATTRIBUTES = {}
_MAPPINGS = {}
_CONSUME_INDEXES = {}


def _consume_index(mapping):
    """(attribute names, lower-cased name -> server names) of a mapping.

    Mappings come from the ``_get_mapping`` cache, so they live as long as
    the process and their ``id`` keys this one; the entry keeps its mapping
    alive and checks it is the same object.
    """
    found = _CONSUME_INDEXES.get(id(mapping))
    if found is None or found[0] is not mapping:
        index = {}
        for server_name, attr in mapping.items():
            for token in {server_name.lower(), attr.lower()}:
                index.setdefault(token, []).append(server_name)
        found = _CONSUME_INDEXES[id(mapping)] = (
            mapping,
            set(mapping.values()),
            index,
        )
    return found[1], found[2]


class MetadataMixin:
    """``<resource>/metadata`` calls, sent at the resource's microversion."""

    metadata = resource.Body('metadata', type=dict)

    def _metadata_url(self, *parts):
        return utils.urljoin(
            self._base_path_with_uri(), self.id, 'metadata', *parts
        )

    def _metadata_request(self, session, method, url, **kwargs):
        response = getattr(session, method)(
            url, microversion=self._get_microversion(session), **kwargs
        )
        exceptions.raise_from_response(response)
        return response

    def fetch_metadata(self, session):
        response = self._metadata_request(session, 'get', self._metadata_url())
        self._body.attributes['metadata'] = response.json().get('metadata', {})
        return self

    def get_metadata_item(self, session, key):
        response = self._metadata_request(
            session, 'get', self._metadata_url(key)
        )
        body = response.json()
        value = body.get('meta', body.get('metadata', {})).get(key)
        metadata = dict(self.metadata or {})
        metadata[key] = value
        self._body.attributes['metadata'] = metadata
        return self

    def set_metadata(self, session, metadata=None, replace=False):
        method = 'put' if replace else 'post'
        response = self._metadata_request(
            session,
            method,
            self._metadata_url(),
            json={'metadata': metadata or {}},
        )
        self._body.attributes['metadata'] = response.json().get(
            'metadata', metadata or {}
        )
        return self

    def delete_metadata_keys(self, session, keys, ignore_missing=True):
        """Delete each key; with ``ignore_missing=False`` name the absent."""
        missing = []
        for key in keys:
            try:
                self.delete_metadata_item(session, key)
            except exceptions.NotFoundException:
                missing.append(key)
        if missing and not ignore_missing:
            raise exceptions.NotFoundException(
                f'Metadata keys not found: {", ".join(missing)}'
            )

    def delete_metadata_item(self, session, key):
        self._metadata_request(session, 'delete', self._metadata_url(key))
        metadata = dict(self.metadata or {})
        metadata.pop(key, None)
        self._body.attributes['metadata'] = metadata
        return self


def is_uuid_like(value):
    """True when ``value`` parses as a UUID."""
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def query_dict(value):
    """Manila parses dict filters with ``ast.literal_eval`` on its side."""
    if isinstance(value, dict):
        return repr({str(k): str(v) for k, v in value.items()})
    return value
