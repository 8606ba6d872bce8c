"""Commands on several targets, or several changes: "N of M failed"."""

import logging

from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.v2.common import commands
from osc_share_plugin.v2.common import waiting

LOG = logging.getLogger(__name__)


def for_each(items, action, noun, verb, then=None):
    """Run ``action`` on every item, then fail once: "N of M ... failed".

    With a single item, its failure is the error itself, in one line.

    :param action: called with each item; returns the resource it acted on.
    :param noun: the plural noun, such as ``_('shares')``.
    :param verb: the infinitive, such as ``_('delete')``.
    :param then: called with each resource ``action`` returned, once every
        item was tried (``--wait``); its failures count like the others.
    :returns: the resources of the items that succeeded.
    """
    done = []
    failed = 0
    single = len(items) == 1

    def attempt(step, subject, item):
        try:
            return True, step(subject)
        except Exception as err:
            if single:
                # One target: its own error is the one line to show.
                raise exceptions.CommandError(
                    _("Failed to %(verb)s '%(item)s': %(error)s")
                    % {
                        'verb': verb,
                        'item': item,
                        'error': commands.one_line(err),
                    }
                ) from err
            LOG.error(
                _("Failed to %(verb)s '%(item)s': %(error)s"),
                {'verb': verb, 'item': item, 'error': commands.one_line(err)},
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
    return lambda res: waiting.wait_for_delete(cmd, res, parsed_args, failures)


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
