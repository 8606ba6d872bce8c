"""Behaviour shared by every Shared File Systems resource"""

import functools
import threading
import urllib.parse
import uuid

from openstack import exceptions
from openstack import fields
from openstack import resource
from openstack import utils

from osc_share_plugin.sdk.v2 import MAX_MICROVERSION


class InvalidResponse(exceptions.SDKException):
    """A 2xx answer that is not the JSON document the API defines."""


#: The list a page being fetched must carry, per thread: bulk commands run
#: requests of one proxy in several threads at once.
_PAGE = threading.local()


def expected_list():
    """The list key the GET under way in this thread must answer, or None."""
    return getattr(_PAGE, 'expected_list', None)


def quote_segment(value):
    """``value`` as exactly one URL path segment.

    Every ID, URI attribute and key that goes into a path passes here, so
    ``/``, ``?``, ``#``, ``%``, spaces and non-ASCII address that value or
    nothing, never another resource. What cannot be sent as one segment
    is refused: an empty value, and the dot segments ``.`` and ``..``
    (which URL libraries resolve).
    """
    text = str(value)
    if not text:
        raise exceptions.InvalidRequest(
            'An empty ID or key cannot address a resource'
        )
    if text in ('.', '..'):
        # Even percent-encoded, requests and proxies may turn it back
        # into a dot segment and resolve it: no ID or key can be one.
        raise exceptions.InvalidRequest(
            f'{text!r} cannot be an ID or key: a URL would resolve it'
        )
    return urllib.parse.quote(text, safe='')


def path(*segments):
    """Join pre-quoted ``prefix`` with each of ``segments`` quoted."""
    prefix, *rest = segments
    return utils.urljoin(prefix, *(quote_segment(seg) for seg in rest))


def _excerpt(text, size=60):
    text = ' '.join(str(text).split())
    return repr(text if len(text) <= size else text[:size] + '...')


def _page(response, key):
    """``response``'s JSON object, its ``key`` array a ``_stream.Items``.

    A streamed response (``stream=True``, as the proxy asks for list
    pages) is read here, piece by piece; one already read (keystoneauth
    reads it to log it under ``--debug``) is parsed from its content.
    openstacksdk's list then gets this same object from
    ``response.json()`` instead of parsing the body again.
    """
    from requests import exceptions as requests_exceptions

    from osc_share_plugin.sdk.v2 import _stream

    if response._content is False:  # requests' "not read yet"
        chunks = response.iter_content(_stream.CHUNK_SIZE)
    else:
        chunks = [response.content]
    try:
        body = _stream.read_page(chunks, response.encoding, key)
    except requests_exceptions.RequestException as err:
        raise InvalidResponse(
            f'{_answered(response)} with a body cut short: {one_line(err)}'
        ) from err
    finally:
        # Nothing reads the raw body of a 2xx page after this: the items
        # keep their own texts.
        response._content = b''
        response._content_consumed = True
    response.json = lambda **kwargs: body
    return body


def _answered(response):
    request = response.request
    what = f'{request.method} {request.url}' if request is not None else ''
    return f'{what} answered {response.status_code}'


def document(response, key=None, kind=dict):
    """The JSON object of a 2xx answer, or its ``key`` member.

    :raises InvalidResponse: the body is empty, not JSON, not an object,
        or has no ``key`` of type ``kind``.
    """
    from osc_share_plugin.sdk.v2 import _stream

    what = _answered(response)
    try:
        if kind is list and key is not None:
            body = _page(response, key)
        elif not response.content or not response.content.strip():
            raise _stream.EmptyBody('empty')
        else:
            body = response.json()
    except _stream.EmptyBody:
        raise InvalidResponse(f'{what} with an empty body')
    except ValueError as err:
        head = getattr(err, 'head', None)
        raise InvalidResponse(
            f'{what} with a body that is not JSON: '
            f'{_excerpt(response.text if head is None else head)}'
        )
    if not isinstance(body, dict):
        raise InvalidResponse(
            f'{what} with JSON that is not an object: {_excerpt(body)}'
        )
    if key is None:
        return body
    if not isinstance(body.get(key), kind):
        keys = ', '.join(sorted(map(str, body))) or 'none'
        kinds = kind if isinstance(kind, tuple) else (kind,)
        names = {dict: 'object', list: 'list'}
        shape = ' or '.join(names.get(k, k.__name__) for k in kinds)
        raise InvalidResponse(
            f'{what} without the {key!r} {shape} the API defines '
            f'(keys: {_excerpt(keys)})'
        )
    return body[key]


def one_line(err):
    """An error's message as one line: its details, else its text."""
    text = getattr(err, 'details', None) or getattr(err, 'message', None)
    return ' '.join(str(text or err).split())


def kind_of(cls):
    """``share type`` for ShareType: what a person calls the resource."""
    key = cls.resource_key or cls.__name__
    return key.replace('_', ' ')


class ShareResource(resource.Resource):
    """Base for Manila resources.

    Every request carries a microversion: the session's default when the
    caller negotiated one, else the highest both sides support.

    Every path segment built from a value (ID, URI attribute, key) is
    percent-encoded here, once, whichever way the request is made
    (fetch, commit, delete, list, ``_action``, metadata); every 2xx answer
    that should carry the resource is checked to carry it.
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
        cls = type(self)
        if (
            cls.allow_patch
            or cls._allow_unknown_attrs_in_body
            or cls._store_unknown_attrs_as_properties
        ):
            super().__init__(_synchronized, connection=None, **attrs)
            return
        # openstacksdk's __init__ for what remains, without reading each
        # of its flags through Resource.__getattribute__ (a list builds
        # one resource a row): same state, same dict contents.
        self._connection = None
        self.microversion = attrs.pop('microversion', None)
        self._unknown_attrs_in_body = {}
        body, header, uri, computed = self._collect_attrs(attrs)
        manager = resource._ComponentManager
        self._body = manager(attributes=body, synchronized=_synchronized)
        self._header = manager(attributes=header, synchronized=_synchronized)
        self._uri = manager(attributes=uri, synchronized=_synchronized)
        self._computed = manager(
            attributes=computed, synchronized=_synchronized
        )
        if cls not in _ALIASES_REGISTERED:
            # openstacksdk files each 'aka' in Resource._attr_aliases,
            # shared by every class, at every build: once is the same.
            for attr, component in cls._attributes_iterator():
                if component.aka:
                    self._attr_aliases[component.aka] = attr
            _ALIASES_REGISTERED.add(cls)
        dict.update(self, self.to_dict())

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

    def to_dict(self, *args, **kwargs):
        """openstacksdk's ``to_dict``, read through a plan built once a class.

        openstacksdk's ``__init__`` calls this for every resource it builds
        (about 60 us a row, a third of a 10,000-share listing): each
        attribute is looked up through ``getattr`` and its descriptor. For
        the default arguments, the keys and the components behind them
        depend on the class only; plain attributes are read straight from
        their component. Anything else goes openstacksdk's way.
        """
        if (
            args
            or any(
                bool(value) is not _TO_DICT_DEFAULTS.get(name)
                for name, value in kwargs.items()
            )
            or self._allow_unknown_attrs_in_body
        ):
            return super().to_dict(*args, **kwargs)
        keys, readings = _to_dict_plan(type(self))
        return dict(zip(keys, _read(self, readings, None, _nested_to_dict)))

    def _collect_attrs(self, attrs):
        """openstacksdk's split of ``attrs``, in one pass over them.

        openstacksdk matches every key against the body, header and URI
        mappings in turn, then all three again (and the computed one)
        against what its deprecated ``_compute_attributes`` adds: seven
        passes a row. Same result: each key goes to the first component
        that names it, under the server names it matches; computed
        attributes are taken only when none of the others matched.
        """
        if (
            self._connection is not None
            or self._allow_unknown_attrs_in_body
            or self._store_unknown_attrs_as_properties
            or type(self)._compute_attributes
            is not resource.Resource._compute_attributes
        ):
            return super()._collect_attrs(attrs)
        exact, folded, special, wire_named = _collect_index(type(self))
        if not folded and special.isdisjoint(attrs):
            # What a server sends: every key a body attribute's own wire
            # name, or one the resource does not declare (left in attrs).
            body = {k: v for k, v in attrs.items() if k in wire_named}
            if len(body) == len(attrs):
                attrs.clear()
            else:
                for key in body:
                    del attrs[key]
            if body:
                return body, {}, {}, {}
        found = ({}, {}, {})
        consumed = []
        for key, value in attrs.items():
            hit = exact.get(key)
            if folded and (hit is None or hit[0]):  # nothing beats the body
                other = folded.get(key.lower())
                if other is not None and (hit is None or other[0] < hit[0]):
                    hit = other
            if hit is not None:
                slot, server_names = hit
                for server_name in server_names:
                    found[slot][server_name] = value
                consumed.append(key)
        for key in consumed:
            attrs.pop(key)
        body, header, uri = found
        if body or header or uri:
            computed = {}
        else:
            computed = self._consume_attrs(self._computed_mapping(), attrs)
        return body, header, uri, computed

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
        base_path = base_path or cls.base_path
        keys = utils.get_string_format_keys(base_path)
        if keys and all(key in params for key in keys):
            # openstacksdk formats base_path with the raw values: give it
            # the path already formatted with quoted ones (its '%' escaped).
            base_path = base_path % {
                key: quote_segment(params[key]) for key in keys
            }
            base_path = base_path.replace('%', '%%')
        return cls._checked_pages(
            super().list(
                session, paginated, base_path, allow_unknown_params, **params
            ),
            base_path.replace('%%', '%'),
        )

    @classmethod
    def _checked_pages(cls, items, uri):
        """The listed resources; a page of another shape is an error.

        While a page is fetched, the Proxy knows from
        :func:`expected_list` which list the answer must carry, and checks
        it on the response itself.
        """
        items = iter(items)
        while True:
            _PAGE.expected_list = cls.resources_key
            try:
                item = next(items)
            except StopIteration:
                return
            except (KeyError, TypeError, AttributeError, ValueError) as err:
                raise InvalidResponse(
                    f'GET {uri} did not answer the {cls.resources_key!r} '
                    f'list the API defines ({type(err).__name__}: '
                    f'{_excerpt(err)})'
                ) from err
            finally:
                _PAGE.expected_list = None
            yield item

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
            f'No {kind_of(cls)} found for {name_or_id!r}'
        )

    def _prepare_request(self, *, requires_id=None, base_path=None, **kwargs):
        # openstacksdk pastes the raw ID and URI attributes into the path:
        # give it the path built from quoted ones, its '%' escaped for the
        # formatting it still does.
        if requires_id is None:
            requires_id = self.requires_id
        uri = self._base_path_with_uri(base_path)
        if requires_id:
            if self.id is None:
                raise exceptions.InvalidRequest(
                    'Request requires an ID but none was found'
                )
            uri = path(uri, self.id)
        return super()._prepare_request(
            requires_id=False, base_path=uri.replace('%', '%%'), **kwargs
        )

    def _translate_response(
        self, response, has_body=None, error_message=None, **kwargs
    ):
        # openstacksdk takes a body it cannot parse for no body at all: an
        # answer without the resource would pass for the resource.
        if (
            has_body is not False
            and 200 <= response.status_code < 300
            and response.status_code != 204
        ):
            keys = [
                key
                for key in (
                    kwargs.get('resource_response_key'),
                    self.resource_key,
                )
                if key
            ]
            body = document(response)
            if keys and not any(isinstance(body.get(k), dict) for k in keys):
                document(response, keys[-1])
        return super()._translate_response(
            response, has_body, error_message, **kwargs
        )

    @classmethod
    def _send(cls, session, method, url, microversion=None, **kwargs):
        """``method`` (``'get'``, ``'post'``, ...) on ``url``, at the
        resource's microversion unless one is given; an error answer
        raises."""
        if microversion is None:
            microversion = cls._get_microversion(session)
        response = getattr(session, method)(
            url, microversion=microversion, **kwargs
        )
        exceptions.raise_from_response(response)
        return response

    @classmethod
    def _manage(cls, session, attrs):
        """``POST <base path>/manage``: bring what the backend already has
        under Manila; the answer is the resource Manila now manages."""
        response = cls._send(
            session,
            'post',
            path(cls.base_path, 'manage'),
            json={cls.resource_key: attrs},
        )
        managed = cls()
        managed._translate_response(response)
        return managed

    def _path(self, *parts):
        """``<base path>/<id>/<parts...>``, every value quoted."""
        return path(self._base_path_with_uri(), self.id, *parts)

    def _action(self, session, body, microversion=None):
        """POST ``body`` to ``<resource>/action``; Manila answers 202."""
        return self._send(
            session,
            'post',
            self._path('action'),
            microversion,
            json=body,
            headers={'Accept': ''},
        )

    def _base_path_with_uri(self, base_path=None):
        """The base path, its URI attributes (and ``%(id)s``) quoted."""
        values = {
            key: value if value is None else quote_segment(value)
            for key, value in self._uri.attributes.items()
        }
        if self.id is not None:
            values.setdefault('id', quote_segment(self.id))
        return (base_path or self.base_path) % values


_ATTRIBUTES = {}
_MAPPINGS = {}
_CONSUME_INDEXES = {}
_TO_DICT_PLANS = {}
#: Where each component keeps its values, by its ``key``.
_TO_DICT_STORES = ('_body', '_header', '_computed')
#: Types whose values to_dict returns as they are.
_LEAVES = frozenset((str, int, float, bool, dict, type(None)))
_MISSING = object()
#: The to_dict arguments ShareResource.to_dict answers from its plan.
_TO_DICT_DEFAULTS = {
    'body': True,
    'headers': True,
    'computed': True,
    'ignore_none': False,
    'original_names': False,
    '_to_munch': False,
}
_COLLECT_INDEXES = {}
_ALIASES_REGISTERED = set()


def _by_getattr(attr):
    """A reading that leaves the attribute to ``getattr``."""
    return (attr, None, None, None, None, None)


def _to_dict_plan(cls):
    """(keys, readings): each key ``to_dict`` fills, in openstacksdk's order,
    and how to read its attribute (see :func:`_read`)."""
    plan = _TO_DICT_PLANS.get(cls)
    if plan is None:
        keys, readings = [], []
        components = (fields.Body, fields.Header, fields.Computed)
        for attr, component in cls._attributes_iterator(components):
            plain = (
                attr != 'id'
                and not component.alias
                and not component.deprecated
                and getattr(cls, attr, None) is component
            )
            for key in filter(None, (attr, component.aka)):
                if key not in keys:
                    keys.append(key)
                    readings.append(
                        (attr, *_reading(component))
                        if plain
                        else _by_getattr(attr)
                    )
        plan = _TO_DICT_PLANS[cls] = (tuple(keys), tuple(readings))
    return plan


def _read(item, readings, absent, unnest=None):
    """The values of a resource's attributes, as ``getattr`` returns them.

    Each reading is (attribute, store slot, server name, default, the
    types kept as they are, the conversion otherwise); the slot is None
    where reading it needs openstacksdk's own ``getattr``: ``id`` (its
    alternate ID), aliases, deprecated fields (their warning), names a
    subclass took over (a property) and names that are no attribute
    (``absent`` then). ``unnest``, if given, turns values that are not
    plain (resources, lists) into what ``to_dict`` holds.
    """
    stores = tuple(
        object.__getattribute__(item, store).attributes
        for store in _TO_DICT_STORES
    )
    values = []
    for attr, slot, name, default, as_is, convert in readings:
        if slot is None:
            value = getattr(item, attr, absent)
        else:
            value = stores[slot].get(name, _MISSING)
            if value is _MISSING:
                value = default
            elif value is not None and not isinstance(value, as_is):
                value = convert(value)
        if unnest is not None and value.__class__ not in _LEAVES:
            value = unnest(value)
        values.append(value)
    return values


def attribute_reader(names):
    """``item`` -> ``[getattr(item, name, '') for name in names]``.

    For list output: a ShareResource's attributes are read through the
    plan its ``to_dict`` uses, not one descriptor call each.
    """
    by_class = {}

    def read(item):
        cls = type(item)
        readings = by_class.get(cls, _MISSING)
        if readings is _MISSING:
            readings = by_class[cls] = _readings_of(cls, names)
        if readings is None:
            return [getattr(item, name, '') for name in names]
        return _read(item, readings, '')

    return read


def _readings_of(cls, names):
    """The readings of ``names`` on ``cls``, or None to use ``getattr``.

    Only a key ``to_dict`` fills under the attribute's own name reads
    that attribute; an ``aka`` key is left to ``getattr``.
    """
    if not issubclass(cls, ShareResource):
        return None
    keys, readings = _to_dict_plan(cls)
    by_attr = {
        reading[0]: reading
        for key, reading in zip(keys, readings)
        if key == reading[0]
    }
    return tuple(by_attr.get(name) or _by_getattr(name) for name in names)


def _reading(component):
    """How the component's descriptor reads a stored value.

    It returns a value of its ``data_type`` as it is, but converts (and
    copies) lists always; ``isinstance(value, ())`` is never true.
    """
    data_type = component.data_type
    if data_type is None:
        as_is = object
    elif issubclass(data_type, list):
        as_is = ()
    else:
        as_is = data_type
    return (
        _TO_DICT_STORES.index(component.key),
        component.name,
        component.default,
        as_is,
        functools.partial(
            fields._convert_type,
            data_type=data_type,
            list_type=component.list_type,
        ),
    )


def _nested_to_dict(value):
    """openstacksdk's ``_attr_to_dict`` on a value that may hold resources."""
    if isinstance(value, resource.Resource):
        return value.to_dict()
    if value and isinstance(value, list):
        return [
            item.to_dict() if isinstance(item, resource.Resource) else item
            for item in value
        ]
    return value


def _collect_index(cls):
    """(exact, folded, special, wire-named) for ``_collect_attrs``.

    exact and folded: key -> (component slot, server names).

    A key matches attribute and server names
    exactly, and server names case-insensitively where the mapping is
    case-insensitive (headers); it is filed under every server name it
    matches case-insensitively, as openstacksdk's ``_consume_attrs``
    does. Body wins over header, header over URI. Wire-named keys are
    the server names that go to the body under themselves only; the
    special ones are all other exact keys.
    """
    found = _COLLECT_INDEXES.get(cls)
    if found is None:
        exact, folded = {}, {}
        for slot, component in enumerate(
            (fields.Body, fields.Header, fields.URI)
        ):
            mapping = cls._get_mapping(component)
            names, by_token = _consume_index(mapping)
            for key in (*names, *(k for k, v in mapping.items() if v)):
                exact.setdefault(key, (slot, tuple(by_token[key.lower()])))
            if type(mapping) is not dict:
                for key in mapping:
                    token = key.lower()
                    folded.setdefault(token, (slot, tuple(by_token[token])))
        wire_named = frozenset(
            key for key, hit in exact.items() if hit == (0, (key,))
        )
        special = frozenset(exact).difference(wire_named)
        found = _COLLECT_INDEXES[cls] = (exact, folded, special, wire_named)
    return found


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

    def _metadata_url(self, *keys):
        return self._path('metadata', *keys)

    def fetch_metadata(self, session):
        response = self._send(session, 'get', self._metadata_url())
        self._body.attributes['metadata'] = document(response, 'metadata')
        return self

    def get_metadata_item(self, session, key):
        response = self._send(session, 'get', self._metadata_url(key))
        body = document(response)
        item = document(response, 'meta' if 'meta' in body else 'metadata')
        if key not in item:
            raise InvalidResponse(
                f'GET {response.request.url} answered '
                f'{response.status_code} without the key {key!r}'
            )
        metadata = dict(self.metadata or {})
        metadata[key] = item[key]
        self._body.attributes['metadata'] = metadata
        return self

    def set_metadata(self, session, metadata=None, replace=False):
        method = 'put' if replace else 'post'
        response = self._send(
            session,
            method,
            self._metadata_url(),
            json={'metadata': metadata or {}},
        )
        self._body.attributes['metadata'] = document(response, 'metadata')
        return self

    def delete_metadata_keys(self, session, keys, ignore_missing=True):
        """Delete each key; with ``ignore_missing=False`` name the absent."""
        delete_each(
            keys,
            lambda key: self.delete_metadata_item(session, key),
            ignore_missing,
            f'Metadata keys not found on {kind_of(type(self))} {self.id}',
        )

    def delete_metadata_item(self, session, key):
        self._send(session, 'delete', self._metadata_url(key))
        metadata = dict(self.metadata or {})
        metadata.pop(key, None)
        self._body.attributes['metadata'] = metadata
        return self


def delete_each(keys, delete, ignore_missing, not_found):
    """``delete(key)`` for every key, even after one is missing.

    With ``ignore_missing=False`` the keys ``delete`` found missing
    (:class:`~openstack.exceptions.NotFoundException`) are then named:
    ``<not_found>: a, b``.
    """
    missing = []
    for key in keys:
        try:
            delete(key)
        except exceptions.NotFoundException:
            missing.append(key)
    if missing and not ignore_missing:
        raise exceptions.NotFoundException(
            f'{not_found}: {", ".join(missing)}'
        )


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
