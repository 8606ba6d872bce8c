"""Commands on several targets, or several changes: "N of M failed".

Several targets are worked on at once, a thread each (up to ``THREADS``):
first every target's action (its request goes out early, so the server
works on all of them together), then every ``--wait``, whose polls would
otherwise take the API's time from the actions still to send. The proxy
lets only a few requests be in flight at once over all threads
(``sdk.v2._proxy.MAX_IN_FLIGHT``), so manila-api sees no more than from
one target. What the command prints stays in the order of the targets
given.
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

#: Targets worked on at once, a thread each. Threads are cheap here: they
#: mostly wait, for the proxy's few places in flight or between polls; 64
#: bounds the threads of a 1,000-target command.
THREADS = 64


def for_each(items, action, noun, verb, then=None):
    """Run ``action`` on every item, then fail once: "N of M ... failed".

    With a single item, its failure is the error itself, in one line.
    With several, the first item's action runs alone, so that whatever the
    first request sets up once (the token, the clients made on first use,
    their version discovery) is set up once; then the other actions run,
    ``THREADS`` at a time, and once they are all sent, the ``then`` of
    every item whose action succeeded. Failures are logged one line per
    item, in the order of ``items``.

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
    outcomes = [_attempt(action, items[0])]
    phases = [_Pool(THREADS, [(_attempt, action, item) for item in items[1:]])]
    try:
        outcomes += _results(phases[0])
        if then is not None:
            phases.append(
                _Pool(
                    THREADS, [(_then, outcome, then) for outcome in outcomes]
                )
            )
            outcomes = _results(phases[1])
    except KeyboardInterrupt:
        # cliff exits 130, silently: one line on what is left.
        for pool in phases:
            pool.stop()
        LOG.warning(_interrupted_line(phases, outcomes, then, noun))
        raise
    failed = 0
    done = []
    for item, (res, err) in zip(items, outcomes):
        if err is None:
            done.append(res)
            continue
        failed += 1
        LOG.error(_failure_line(verb, item, err))
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


def _results(pool):
    pool.start()
    return [future.result() for future in pool.futures]


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


def _then(outcome, then):
    res, err = outcome
    if err is None and then is not None and not waiting.hushed():
        err = _attempt(then, res)[1]
    return res, err


def _ended(future):
    return future.done() and not future.cancelled()


def _interrupted_line(phases, outcomes, then, noun):
    """What Ctrl-C left: sent (its server work goes on) or not tried.

    While the actions are sent (``phases`` has one pool; ``outcomes`` is
    the first item's alone), those running are under way, and so are
    those that succeeded if a ``then`` was still to wait for them; during
    the waits (two pools; ``outcomes`` of every action), each succeeded
    action whose wait did not end is.
    """
    actions = phases[0].futures
    untried = sum(1 for future in actions if future.cancelled())
    if len(phases) == 1:
        under_way = sum(1 for future in actions if future.running())
        if then is not None:
            ended = [f.result() for f in actions if _ended(f)] + outcomes
            under_way += sum(1 for _res, err in ended if err is None)
    else:
        under_way = sum(
            1
            for (_res, err), wait in zip(outcomes, phases[1].futures)
            if err is None and not _ended(wait)
        )
    total = len(actions) + 1
    return _(
        'Interrupted: %(left)s of %(total)s %(noun)s not done: %(under_way)s '
        'under way go on on the server, %(untried)s not tried'
    ) % {
        'left': under_way + untried,
        'total': total,
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
