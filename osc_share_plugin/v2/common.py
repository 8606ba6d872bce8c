"""What every share command needs, written once.

Microversion gates declared next to their option, ``--wait`` with a
timeout, multi-target operations, ``--property``, column maps and list
paging all live here; command modules mostly declare options and columns.
"""

import argparse
import logging
import sys
import time

from cliff import columns as cliff_columns
from osc_lib.cli import parseractions
from osc_lib.command import command
from osc_lib import exceptions
from osc_lib import utils

from osc_share_plugin.i18n import _

LOG = logging.getLogger(__name__)

#: Default for ``--wait-timeout``, in seconds.
DEFAULT_WAIT_TIMEOUT = 600


# ---------------------------------------------------------------- options


def add_option(parser, *flags, min_version=None, **kwargs):
    """``parser.add_argument`` that can gate the option on a microversion.

    The minimum version is appended to the help and checked, once the
    option was given, before ``take_action`` runs.
    """
    if min_version:
        kwargs['help'] = '{} {}'.format(
            kwargs.get('help', ''),
            _('(requires --os-share-api-version %s or later)') % min_version,
        ).strip()
    action = parser.add_argument(*flags, **kwargs)
    action.min_microversion = min_version
    return action


def add_property_option(parser, help_text, min_version=None, **kwargs):
    return add_option(
        parser,
        '--property',
        metavar='<key=value>',
        action=parseractions.KeyValueAction,
        min_version=min_version,
        help=help_text,
        **kwargs,
    )


def add_property_unset_option(parser, help_text, min_version=None, **kwargs):
    return add_option(
        parser,
        '--property',
        metavar='<key>',
        action='append',
        min_version=min_version,
        help=help_text,
        **kwargs,
    )


def add_wait_options(parser, help_text):
    parser.add_argument('--wait', action='store_true', help=help_text)
    parser.add_argument(
        '--wait-timeout',
        metavar='<seconds>',
        type=positive_int,
        default=DEFAULT_WAIT_TIMEOUT,
        help=_('With --wait, give up after this many seconds (default: %d)')
        % DEFAULT_WAIT_TIMEOUT,
    )


def positive_int(text):
    """argparse ``type`` for sizes, counts and timeouts."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(
            _('%r is not a positive whole number') % text
        )
    return value


def _was_given(action, value):
    return value is not None and value is not False and value != action.default


# ---------------------------------------------------------------- commands


class ShareCommandMixin:
    """Microversion gates, client access and one-line SDK errors."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        self._share_parser = parser
        return parser

    @property
    def client(self):
        return self.app.client_manager.share

    def check_microversions(self, parsed_args):
        """Fail early for an option the negotiated version cannot carry."""
        parser = getattr(self, '_share_parser', None)
        if parser is None:
            return
        for action in parser._actions:
            needed = getattr(action, 'min_microversion', None)
            value = getattr(parsed_args, action.dest, None)
            if needed and _was_given(action, value):
                require_microversion(
                    self.client, needed, '/'.join(action.option_strings)
                )

    def run(self, parsed_args):
        from openstack import exceptions as sdk_exceptions

        try:
            self.check_microversions(parsed_args)
            return super().run(parsed_args)
        except sdk_exceptions.SDKException as err:
            raise exceptions.CommandError(one_line(err)) from err


class Command(ShareCommandMixin, command.Command):
    pass


class ShowOne(ShareCommandMixin, command.ShowOne):
    pass


class Lister(ShareCommandMixin, command.Lister):
    pass


def supports_microversion(client, version):
    """Whether the negotiated microversion reaches ``version``.

    make_client negotiated it within the server's range already: compare
    with it rather than ask the server again.
    """
    from keystoneauth1 import discover

    current = client.default_microversion
    return current is not None and discover.normalize_version_number(
        version
    ) <= discover.normalize_version_number(current)


def require_microversion(client, version, what):
    if not supports_microversion(client, version):
        raise exceptions.CommandError(
            _(
                '%(what)s requires --os-share-api-version %(version)s or '
                'later (in use: %(current)s)'
            )
            % {
                'what': what,
                'version': version,
                'current': client.default_microversion,
            }
        )


def one_line(err):
    """An SDK error as one line, without the request dump."""
    text = getattr(err, 'details', None) or getattr(err, 'message', None)
    text = str(text or err)
    return ' '.join(text.split())


# ---------------------------------------------------------------- waiting


def wait_for_status(
    cmd, res, parsed_args, status='available', failures=('error',)
):
    """``--wait`` until ``res`` reaches ``status``; progress on stderr.

    ``res`` must be the server's answer to, or from after, the operation:
    a resource read before it may still show ``status`` and end the wait
    at once.
    """
    return _wait(
        cmd,
        res,
        parsed_args,
        _('%s') % status,
        lambda callback: cmd.client.wait_for_status(
            res,
            status=status,
            failures=list(failures),
            wait=parsed_args.wait_timeout,
            callback=callback,
        ),
    )


def wait_for_delete(cmd, res, parsed_args, failures=('error_deleting',)):
    """``--wait`` until ``res`` is gone; a failure status ends the wait."""
    return _wait(
        cmd,
        res,
        parsed_args,
        _('gone'),
        lambda callback: cmd.client.wait_for_delete(
            res,
            wait=parsed_args.wait_timeout,
            callback=callback,
            failures=list(failures),
        ),
    )


def _wait(cmd, res, parsed_args, goal, wait):
    from openstack import exceptions as sdk_exceptions

    what = describe(res)
    start = time.monotonic()
    progress(
        cmd,
        _('Waiting for %(what)s to be %(goal)s')
        % {'what': what, 'goal': goal},
    )
    try:
        res = wait(_progress_callback(cmd))
    except sdk_exceptions.ResourceFailure:
        raise exceptions.CommandError(
            _('%(what)s failed: its status is %(status)s')
            % {'what': what, 'status': _last_status(cmd, res)}
        )
    except sdk_exceptions.ResourceTimeout:
        raise exceptions.CommandError(
            _(
                'Timed out after %(seconds)s s waiting for %(what)s to be '
                '%(goal)s (status: %(status)s)'
            )
            % {
                'seconds': parsed_args.wait_timeout,
                'what': what,
                'goal': goal,
                'status': _last_status(cmd, res),
            }
        )
    progress(
        cmd,
        _('%(what)s is %(goal)s after %(seconds).1f s')
        % {'what': what, 'goal': goal, 'seconds': time.monotonic() - start},
    )
    return res


def _last_status(cmd, res):
    try:
        return res.fetch(cmd.client, skip_cache=True).status
    except Exception:  # the wait's own error is the one worth reporting
        return _('unknown')


def _progress_callback(cmd):
    def report(percent):
        if getattr(cmd.app.stderr, 'isatty', lambda: False)():
            cmd.app.stderr.write(_('\rProgress: %s%%') % percent)
            cmd.app.stderr.flush()

    return report


def progress(cmd, message):
    stream = getattr(cmd.app, 'stderr', None) or sys.stderr
    stream.write(message + '\n')
    stream.flush()


def describe(res):
    kind = res.resource_key.replace('_', ' ') if res.resource_key else ''
    name = getattr(res, 'name', None)
    return f'{kind} {name or res.id}'.strip()


# ---------------------------------------------------------- multi-target


def for_each(items, action, noun, verb, then=None):
    """Run ``action`` on every item, then fail once: "N of M ... failed".

    :param action: called with each item; returns the resource it acted on.
    :param noun: the plural noun, such as ``_('shares')``.
    :param verb: the infinitive, such as ``_('delete')``.
    :param then: called with each resource ``action`` returned, once every
        item was tried (``--wait``); its failures count like the others.
    :returns: the resources of the items that succeeded.
    """
    done = []
    failed = 0

    def attempt(step, subject, item):
        try:
            return True, step(subject)
        except Exception as err:
            LOG.error(
                _("Failed to %(verb)s '%(item)s': %(error)s"),
                {'verb': verb, 'item': item, 'error': one_line(err)},
            )
            return False, None

    for item in items:
        ok, res = attempt(action, item, item)
        if ok:
            done.append((item, res))
        else:
            failed += 1
    if then is not None:
        for item, res in done:
            if not attempt(then, res, item)[0]:
                failed += 1
    if failed:
        raise exceptions.CommandError(
            _('%(failed)s of %(total)s %(noun)s failed to %(verb)s.')
            % {
                'failed': failed,
                'total': len(items),
                'noun': noun,
                'verb': verb,
            }
        )
    return [res for _item, res in done]


def waiter_for_delete(cmd, parsed_args, failures):
    """The ``then`` of :func:`for_each` for ``--wait`` on a removal."""
    if not parsed_args.wait:
        return None
    return lambda res: wait_for_delete(cmd, res, parsed_args, failures)


# ---------------------------------------------------------------- output


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


def show_columns(obj, column_map=None, hidden=()):
    """(display names, attribute names) of what the server returned.

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
        pairs.setdefault(column_map.get(attr, attr), attr)
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


def list_columns(spec, long_listing=False):
    """Split a ``(attribute, header, long_only)`` spec into two tuples."""
    chosen = [c for c in spec if long_listing or not c[2]]
    return tuple(c[0] for c in chosen), tuple(c[1] for c in chosen)


# ---------------------------------------------------------------- paging


def add_paging_options(parser, noun):
    parser.add_argument(
        '--limit',
        metavar='<num>',
        type=positive_int,
        help=_('Return at most this many %s (one server-side page)') % noun,
    )
    parser.add_argument(
        '--offset',
        metavar='<num>',
        type=_non_negative_int,
        help=_('Skip this many %s first (server-side)') % noun,
    )
    parser.add_argument(
        '--marker',
        metavar='<%s>' % noun.rstrip('s'),
        help=_('Start after this %s (name or ID), in the listing order')
        % noun.rstrip('s'),
    )
    parser.add_argument(
        '--sort',
        metavar='<key>[:<direction>]',
        help=_(
            'Sort on the server by this key, asc or desc (default: asc); '
            'one key only'
        ),
    )


def _non_negative_int(text):
    if not text.isdigit():
        raise argparse.ArgumentTypeError(_('%r is not a whole number') % text)
    return int(text)


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
    position is read from one summary listing (IDs and names only) with the
    same filters and sort order.
    """
    if query.get('offset') is not None:
        raise exceptions.CommandError(
            _('--marker and --offset cannot be used together')
        )
    summary_query = {k: v for k, v in query.items() if k != 'limit'}
    for index, item in enumerate(list_items(details=False, **summary_query)):
        if marker in (item.id, item.name):
            return index + 1
    raise exceptions.CommandError(
        _('Marker %s is not in this listing') % marker
    )


def run_steps(steps, noun, res):
    """Apply each requested change; report the failed ones together."""
    failed = 0
    for step in steps:
        try:
            step()
        except Exception as err:
            failed += 1
            LOG.error(one_line(err))
    if failed:
        raise exceptions.CommandError(
            _('%(failed)s of %(total)s changes to %(noun)s %(name)s failed')
            % {
                'failed': failed,
                'total': len(steps),
                'noun': noun,
                'name': getattr(res, 'name', None) or res.id,
            }
        )


def is_uuid_like(value):
    from osc_share_plugin.sdk.v2 import _base

    return _base.is_uuid_like(value)


def find_project_id(app, project, domain=None):
    """Resolve a Keystone project (name or ID) to its ID."""
    return _find_identity_id(app, 'find_project', project, domain)


def find_user_id(app, user, domain=None):
    """Resolve a Keystone user (name or ID) to its ID."""
    return _find_identity_id(app, 'find_user', user, domain)


def _find_identity_id(app, finder, name_or_id, domain):
    identity = app.client_manager.sdk_connection.identity
    query = {}
    if domain:
        query['domain_id'] = identity.find_domain(
            domain, ignore_missing=False
        ).id
    return getattr(identity, finder)(
        name_or_id, ignore_missing=False, **query
    ).id
