"""Commands on several targets, or several changes: "N of M failed".

Several targets are worked on at once, by a few threads: each target's
action, then its ``--wait``, in one thread, so that the waits (mostly
pauses between polls) and the server's own work overlap instead of adding
up. What the command prints stays in the order of the targets given.
"""

import concurrent.futures
import logging
import queue
import threading
import time

from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.v2.common import commands
from osc_share_plugin.v2.common import waiting

LOG = logging.getLogger(__name__)

#: Targets worked on at once, so requests in flight at most. A few
#: overlap what adds up one after the other (the pauses between polls,
#: the client's own time, the share service's work); manila-api itself
#: may answer one request at a time (the local cloud's single gunicorn sync
#: worker does), so more only queue there, and keystoneauth keeps 10
#: connections per host (urllib3 would drop the extra ones, warning).
WORKERS = 4


def for_each(items, action, noun, verb, then=None):
    """Run ``action`` on every item, then fail once: "N of M ... failed".

    With a single item, its failure is the error itself, in one line.
    With several, the first item's action runs alone, so that whatever the
    first request sets up once (the token, the clients made on first use,
    their version discovery) is set up once; then the items are worked on
    ``WORKERS`` at a time, each item's action followed by its ``then``.
    Failures are logged one line per item, in the order of ``items``.

    :param action: called with each item; returns the resource it acted on.
    :param noun: the plural noun, such as ``_('shares')``.
    :param verb: the infinitive, such as ``_('delete')``.
    :param then: called with the resource ``action`` returned (``--wait``);
        its failure counts like the action's.
    :returns: the resources of the items that succeeded, in item order.
    """
    if not items:
        return []
    if len(items) == 1:
        return [_one(items[0], action, verb, then)]
    first = _attempt(action, items[0])
    pool = _Pool(
        WORKERS,
        [(_then, first, then)]
        + [(_work, item, action, then) for item in items[1:]],
    )
    done = []
    failed = 0
    try:
        pool.start()
        for item, future in zip(items, pool.futures):
            res, err = future.result()
            if err is None:
                done.append(res)
                continue
            failed += 1
            LOG.error(_failure_line(verb, item, err))
    except KeyboardInterrupt:
        # cliff exits 130, silently: one line on what is left.
        pool.stop()
        LOG.warning(_interrupted_line(pool.futures, noun))
        raise
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
    return done


def _one(item, action, verb, then):
    """The single target: its own error is the one line to show."""
    res, err = _attempt(action, item)
    if err is None and then is not None:
        err = _attempt(then, res)[1]
    if err is not None:
        raise exceptions.CommandError(_failure_line(verb, item, err)) from err
    return res


def _failure_line(verb, item, err):
    return _("Failed to %(verb)s '%(item)s': %(error)s") % {
        'verb': verb,
        'item': item,
        'error': commands.one_line(err),
    }


def _attempt(step, subject):
    """``(result, None)``, or ``(None, error)`` when ``step`` failed."""
    try:
        return step(subject), None
    except Exception as err:
        return None, err


def _work(item, action, then):
    return _then(_attempt(action, item), then)


def _then(outcome, then):
    res, err = outcome
    if err is None and then is not None and not waiting.hushed():
        err = _attempt(then, res)[1]
    return res, err


def _interrupted_line(futures, noun):
    under_way = sum(1 for f in futures if f.running())
    untried = sum(1 for f in futures if f.cancelled())
    return _(
        'Interrupted: %(left)s of %(total)s %(noun)s not done: %(under_way)s '
        'under way go on on the server, %(untried)s not tried'
    ) % {
        'left': under_way + untried,
        'total': len(futures),
        'noun': noun,
        'under_way': under_way,
        'untried': untried,
    }


class _Pool:
    """At most ``size`` threads running jobs in turn, each to a future.

    Not ``concurrent.futures.ThreadPoolExecutor``: its threads are joined
    when the interpreter exits, so after Ctrl-C the command would hang
    until every wait under way ended (up to ``--wait-timeout``). These are
    daemon threads: on ``stop()`` no new job starts, the jobs not started
    are cancelled, and the process can exit at once.
    """

    def __init__(self, size, jobs):
        """``jobs``: ``(function, *args)`` each, run in that order."""
        self.size = size
        self.stopped = threading.Event()
        self.futures = []
        self._jobs = queue.SimpleQueue()
        for function, *args in jobs:
            future = concurrent.futures.Future()
            self.futures.append(future)
            self._jobs.put((future, function, args))

    def start(self):
        for number in range(min(self.size, len(self.futures))):
            threading.Thread(
                target=self._work, name=f'bulk-{number}', daemon=True
            ).start()

    def _work(self):
        # Once the command is interrupted, its waits say nothing more and
        # the ones not started yet do not start.
        waiting.hush_when(self.stopped)
        while not self.stopped.is_set():
            try:
                future, function, args = self._jobs.get_nowait()
            except queue.Empty:
                return
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(function(*args))
            except BaseException as err:  # the main thread re-raises it
                future.set_exception(err)

    def stop(self):
        self.stopped.set()
        while True:
            try:
                future = self._jobs.get_nowait()[0]
            except queue.Empty:
                return
            future.cancel()


def waiter_for_delete(cmd, parsed_args, failures):
    """The ``then`` of :func:`for_each` for ``--wait`` on a removal.

    ``--wait-timeout`` bounds the whole wait, from now: a target whose
    wait starts late gets only what is left of it.
    """
    if not parsed_args.wait:
        return None
    deadline = time.monotonic() + parsed_args.wait_timeout
    return lambda res: waiting.wait_for_delete(
        cmd, res, parsed_args, failures, deadline=deadline
    )


def run_steps(steps, noun, res):
    """Apply each requested change; report the failed ones together."""
    failed = 0
    for step in steps:
        try:
            step()
        except Exception as err:
            if len(steps) == 1:
                raise exceptions.CommandError(
                    _('%(noun)s %(name)s: %(error)s')
                    % {
                        'noun': noun,
                        'name': getattr(res, 'name', None) or res.id,
                        'error': commands.one_line(err),
                    }
                ) from err
            failed += 1
            LOG.error(commands.one_line(err))
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
