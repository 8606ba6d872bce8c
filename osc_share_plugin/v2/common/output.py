"""Columns: show and list output derived from the resources' wire names."""

import functools

from cliff import columns as cliff_columns
from osc_lib import exceptions
from osc_lib import utils

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.v2.common import commands
from osc_share_plugin.v2.common import options
from osc_share_plugin.v2.common import paging


class ExportLocationsColumn(cliff_columns.FormattableColumn):
    """Export locations: a readable block in tables, a list in JSON/YAML."""

    FIELDS = ('path', 'preferred', 'is_admin_only', 'id')

    def human_readable(self):
        lines = []
        for location in self._value or []:
            lines.append(location.get('path', ''))
            for field in self.FIELDS[1:]:
                if field in location:
                    lines.append(f'  {field} = {location[field]}')
        return '\n'.join(lines)

    def machine_readable(self):
        return [dict(location) for location in self._value or []]


def export_locations_of(client, version, list_locations, parent):
    """``show_item``'s ``extra``: the parent's export locations, if any.

    They are listed only from API ``version`` on (``{}`` before), as the
    server said them, by its names: members get no ``is_admin_only``, and
    fields it did not send are not made up.
    """
    if not commands.supports_microversion(client, version):
        return {}
    locations = [
        dict(location._body.attributes) for location in list_locations(parent)
    ]
    return {'export_locations': ExportLocationsColumn(locations)}


def wire_names(resource_cls):
    """``{attribute: server-side name}`` of a resource class's body."""
    from openstack import fields

    return {
        attr: component.name
        for attr, component in resource_cls._attributes_iterator(fields.Body)
    }


def title(name):
    """``share_network_id`` -> ``Share Network ID``."""
    words = name.replace(':', ' ').replace('_', ' ').split()
    return ' '.join(w.upper() if w == 'id' else w.capitalize() for w in words)


def columns(resource_cls, *spec):
    """``(attributes, headers)`` of a list.

    Each entry is an attribute, whose header is its wire name in title
    case, or ``(attribute, header)`` where manilaclient says otherwise.
    """
    names = wire_names(resource_cls)
    attrs, headers = [], []
    for entry in spec:
        attr, header = entry if isinstance(entry, tuple) else (entry, None)
        attrs.append(attr)
        headers.append(header or title(names.get(attr, attr)))
    return tuple(attrs), tuple(headers)


def show_columns(obj, column_map=None, hidden=()):
    """(display names, attribute names) of what the server returned.

    Display names are the wire names, but for ``column_map``'s exceptions.
    Attributes the server did not send at this microversion are left out,
    so ``-f json`` shows what the API said rather than a wall of nulls.
    """
    from openstack import fields

    column_map = column_map or {}
    returned = obj._body.attributes
    pairs = {}
    # The MRO walk meets an attribute once per class that declares it.
    for attr, component in type(obj)._attributes_iterator(fields.Body):
        if attr in hidden or component.name not in returned:
            continue
        pairs.setdefault(column_map.get(attr, component.name), attr)
    pairs = sorted(pairs.items())
    return tuple(p[0] for p in pairs), tuple(p[1] for p in pairs)


def show_item(obj, column_map=None, hidden=(), formatters=None, extra=None):
    """``(columns, data)`` for a ShowOne, with ``extra`` display fields."""
    display, attrs = show_columns(obj, column_map, hidden)
    data = utils.get_item_properties(obj, attrs, formatters=formatters or {})
    if extra:
        merged = dict(zip(display, data))
        merged.update(extra)
        display = tuple(sorted(merged))
        data = tuple(merged[name] for name in display)
    return display, data


def show_dict(fields, formatters=None):
    """``(columns, data)`` for a ShowOne from a dict of display fields."""
    names = tuple(fields)
    return names, utils.get_dict_properties(
        fields, names, formatters=formatters or {}
    )


def list_items(
    cmd,
    parsed_args,
    list_method,
    columns,
    long_columns=None,
    formatters=None,
    query=None,
    rows=None,
):
    """A whole Lister ``take_action``: query, paging, columns, rows.

    :param columns: ``(attributes, headers)``, from :func:`columns`.
    :param long_columns: the same, with ``--long`` (or ``--detail``).
    :param query: filters beyond the declared options.
    :param rows: turns each item into its row (default: the attributes).
    """
    query = {**options.get_attrs(cmd, parsed_args), **(query or {})}
    query.update(paging.paging_query(parsed_args))
    marker = getattr(parsed_args, 'marker', None)
    if marker:
        query['offset'] = paging.offset_after_marker(
            list_method, marker, query
        )
    if long_columns and getattr(parsed_args, 'long', False):
        columns = long_columns
    attrs, headers = columns
    items = list_method(**query)
    if rows is None:
        rows = row_maker(attrs, formatters)
    return headers, (rows(item) for item in items)


def row_maker(attrs, formatters=None):
    """osc-lib's ``get_item_properties(item, attrs, formatters=...)``,
    with the column lookups done once, not once a row."""
    read = _base.attribute_reader(
        [attr.lower().replace(' ', '_') for attr in attrs]
    )
    wraps = [(formatters or {}).get(attr) for attr in attrs]
    for wrap in filter(None, wraps):
        column = wrap.func if isinstance(wrap, functools.partial) else wrap
        if not (
            isinstance(column, type)
            and issubclass(column, cliff_columns.FormattableColumn)
        ):
            raise exceptions.CommandError(_('Invalid formatter provided.'))
    if not any(wraps):
        return lambda item: tuple(read(item))
    return lambda item: tuple(
        value if wrap is None else wrap(value)
        for wrap, value in zip(wraps, read(item))
    )
