"""``--limit``, ``--offset``, ``--marker`` and server-side sorting."""

import inspect

from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.v2.common import options


def add_paging_options(
    parser, noun, marker=True, offset=True, sort='combined', limit=True
):
    """The paging and sorting options of a list.

    :param sort: ``'combined'`` for ``--sort <key>[:<dir>]``; ``'split'``
        for manilaclient's ``--sort-key``/``--sort-dir`` (``--sort`` too);
        ``None`` for none.
    """
    one = noun.rstrip('s')
    if limit:
        options.add_option(
            parser,
            '--limit',
            metavar='<num>',
            type=options.positive_int,
            attr='limit',
            help=_('Return at most this many %s (one server-side page)')
            % noun,
        )
    if offset:
        options.add_option(
            parser,
            '--offset',
            metavar='<num>',
            type=options.non_negative_int,
            attr='offset',
            help=_('Skip this many %s first (server-side)') % noun,
        )
    if marker:
        parser.add_argument(
            '--marker',
            metavar=f'<{one}>',
            help=_('Start after this %s (name or ID), in the listing order')
            % one,
        )
    if sort:
        parser.add_argument(
            '--sort',
            metavar='<key>[:<direction>]',
            help=_(
                'Sort on the server by this key, asc or desc (default: asc); '
                'one key only'
            ),
        )
    if sort == 'split':
        parser.add_argument(
            '--sort-key',
            metavar='<key>',
            help=_('Sort on the server by this key'),
        )
        parser.add_argument(
            '--sort-dir',
            metavar='<direction>',
            choices=('asc', 'desc'),
            help=_('Sort direction: asc or desc (default: asc)'),
        )


def paging_query(parsed_args):
    """The sort keys of ``--sort`` / ``--sort-key``/``--sort-dir``."""
    query = sort_query(getattr(parsed_args, 'sort', None))
    key = getattr(parsed_args, 'sort_key', None)
    direction = getattr(parsed_args, 'sort_dir', None)
    if (key or direction) and query:
        raise exceptions.CommandError(
            _('--sort cannot be used with --sort-key or --sort-dir')
        )
    if key:
        query['sort_key'] = key
    if direction:
        query['sort_dir'] = direction
    return query


def sort_query(sort):
    """``'name:desc'`` -> ``{'sort_key': 'name', 'sort_dir': 'desc'}``."""
    if not sort:
        return {}
    if ',' in sort:
        raise exceptions.CommandError(
            _('--sort takes one key: the server sorts on one key only')
        )
    key, _sep, direction = sort.partition(':')
    direction = direction or 'asc'
    if direction not in ('asc', 'desc'):
        raise exceptions.CommandError(
            _("--sort direction must be 'asc' or 'desc', not %r") % direction
        )
    return {'sort_key': key, 'sort_dir': direction}


def offset_after_marker(list_items, marker, query):
    """The server-side offset just past ``marker`` in this listing.

    Manila pages these lists by offset and ignores markers, so the marker's
    position is read from one listing (IDs and names only where the list
    has a summary form) with the same filters and sort order.
    """
    if query.get('offset') is not None:
        raise exceptions.CommandError(
            _('--marker and --offset cannot be used together')
        )
    summary_query = {k: v for k, v in query.items() if k != 'limit'}
    if 'details' in inspect.signature(list_items).parameters:
        summary_query['details'] = False
    for index, item in enumerate(list_items(**summary_query)):
        if marker in (item.id, getattr(item, 'name', None)):
            return index + 1
    raise exceptions.CommandError(
        _('Marker %s is not in this listing') % marker
    )
