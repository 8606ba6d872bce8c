"""``--wait``: poll with backoff until a status or the resource is gone."""

import math
import sys
import threading
import time

from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.v2.common import options

#: Default for ``--wait-timeout``, in seconds.
DEFAULT_WAIT_TIMEOUT = 600

#: In a thread of a bulk operation (``multi``): the event that hushes it.
_worker = threading.local()


def add_wait_options(parser, help_text):
    parser.add_argument('--wait', action='store_true', help=help_text)
    parser.add_argument(
        '--wait-timeout',
        metavar='<seconds>',
        type=options.positive_int,
        default=DEFAULT_WAIT_TIMEOUT,
        help=_('With --wait, give up after this many seconds (default: %d)')
        % DEFAULT_WAIT_TIMEOUT,
    )


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


def wait_for_delete(
    cmd, res, parsed_args, failures=('error_deleting',), deadline=None
):
    """``--wait`` until ``res`` is gone; a failure status ends the wait.

    :param deadline: a ``time.monotonic()`` time the wait ends by, when
        ``--wait-timeout`` bounds several waits together.
    """
    return _wait(
        cmd,
        res,
        parsed_args,
        _('gone'),
        lambda callback: cmd.client.wait_for_delete(
            res,
            wait=_seconds_left(parsed_args.wait_timeout, deadline),
            callback=callback,
            failures=list(failures),
        ),
    )


def _seconds_left(timeout, deadline):
    """``timeout``, or the whole seconds left before ``deadline`` if fewer."""
    if deadline is None:
        return timeout
    return max(0, min(timeout, math.ceil(deadline - time.monotonic())))


def hush_when(stopped):
    """Make the calling thread one of several waiting at once.

    Its waits draw no progress bar (several would overwrite one another's)
    and print nothing once ``stopped`` (a ``threading.Event``) is set: the
    command was interrupted and said so.
    """
    _worker.stopped = stopped


def hushed():
    """Whether this thread's bulk operation was interrupted."""
    stopped = getattr(_worker, 'stopped', None)
    return stopped is not None and stopped.is_set()


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
    except KeyboardInterrupt:
        # cliff exits 130 on KeyboardInterrupt, silently: say what that
        # means for the operation, once.
        progress(
            cmd,
            _(
                'Interrupted: stopped waiting for %(what)s; the operation '
                'goes on on the server (check it with: openstack %(show)s)'
            )
            % {'what': what, 'show': _show_command(res)},
        )
        raise
    except sdk_exceptions.ResourceFailure:
        raise exceptions.CommandError(
            _('%(what)s failed: its status is %(status)s')
            % {'what': what, 'status': _last_status(cmd, res)}
        )
    except sdk_exceptions.ResourceTimeout as err:
        last_error = getattr(err, 'last_error', None)
        if last_error is not None:
            from osc_share_plugin.v2.common import commands

            raise exceptions.CommandError(
                commands.shorten(
                    _(
                        'Timed out after %(seconds)s s waiting for '
                        '%(what)s to be %(goal)s: the last poll failed: '
                        '%(error)s'
                    )
                    % {
                        'seconds': parsed_args.wait_timeout,
                        'what': what,
                        'goal': goal,
                        'error': commands.one_line(last_error),
                    }
                )
            )
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


def _show_command(res):
    """``share show <id>``: the command that shows ``res``."""
    kind = (res.resource_key or 'share').replace('_', ' ')
    if not kind.startswith('share'):
        kind = f'share {kind}'
    return f'{kind} show {res.id}'


def _last_status(cmd, res):
    try:
        return res.fetch(cmd.client, skip_cache=True).status
    except Exception:  # the wait's own error is the one worth reporting
        return _('unknown')


def _progress_callback(cmd):
    def report(percent):
        if getattr(_worker, 'stopped', None) is not None:
            return
        if getattr(cmd.app.stderr, 'isatty', lambda: False)():
            cmd.app.stderr.write(_('\rProgress: %s%%') % percent)
            cmd.app.stderr.flush()

    return report


def progress(cmd, message):
    if hushed():
        return
    stream = getattr(cmd.app, 'stderr', None) or sys.stderr
    stream.write(message + '\n')
    stream.flush()


def describe(res):
    kind = res.resource_key.replace('_', ' ') if res.resource_key else ''
    name = getattr(res, 'name', None)
    return f'{kind} {name or res.id}'.strip()
