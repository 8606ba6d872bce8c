"""The layer's declared commands: RemoveCommand and apply_changes."""

from unittest import mock

from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.v2 import common
from tests.unit.v2 import fakes


class DemoRemove(common.RemoveCommand):
    _description = _('Delete demo things')
    noun = _('things')
    call = 'delete_share'
    force_help = _('Delete whatever the status')
    wait_help = _('Wait for the thing(s) to be gone')
    wait_failures = ('error_deleting', 'oops')

    def add_targets(self, parser):
        return common.add_positional(
            parser, 'thing', _('Thing(s) (name or ID)'), True, 'things'
        )

    def find_target(self, value):
        return self.client.find_share(value, ignore_missing=False)


class DemoRemoveNoWait(DemoRemove):
    force_help = None
    wait_help = None
    verb = _('abandon')
    call_kwargs = {}


class TestRemoveCommand(fakes.CommandTestCase):
    command = DemoRemove

    def setUp(self):
        super().setUp()
        self.found = {
            name: fakes.create_one_share(name=name) for name in ('a', 'b')
        }

        def find(value, ignore_missing):
            if value not in self.found:
                raise exceptions.CommandError('No share with name %s' % value)
            return self.found[value]

        self.client.find_share.side_effect = find

    def test_each_target_found_then_removed_with_force(self):
        self.run_command(['a', 'b', '--force'])
        # Targets may be removed concurrently: any order.
        self.assertCountEqual(
            [
                mock.call(self.found['a'], ignore_missing=False, force=True),
                mock.call(self.found['b'], ignore_missing=False, force=True),
            ],
            self.client.delete_share.call_args_list,
        )

    def test_one_missing_of_three_counts_and_the_rest_are_removed(self):
        err = self.assertRaises(
            exceptions.CommandError, self.run_command, ['a', 'nope', 'b']
        )
        self.assertEqual('1 of 3 things failed to delete.', str(err))
        self.assertEqual(2, self.client.delete_share.call_count)
        self.assertIn("Failed to delete 'nope'", self.logger.output)

    def test_wait_uses_the_declared_failure_statuses(self):
        self.client.wait_for_delete.side_effect = lambda res, **kw: res
        self.run_command(['a', '--wait'])
        kwargs = self.client.wait_for_delete.call_args.kwargs
        self.assertEqual(['error_deleting', 'oops'], kwargs['failures'])

    def test_no_wait_option_without_wait_help(self):
        self.cmd = DemoRemoveNoWait(self.app, None)
        self.assertRaises(
            fakes.osc_base.ParserException, self.parse, ['a', '--wait']
        )
        self.assertRaises(
            fakes.osc_base.ParserException, self.parse, ['a', '--force']
        )
        self.run_command(['a'])
        self.client.delete_share.assert_called_once_with(self.found['a'])

    def test_single_failure_names_the_verb(self):
        self.cmd = DemoRemoveNoWait(self.app, None)
        self.client.delete_share.side_effect = RuntimeError('busy')
        err = self.assertRaises(
            exceptions.CommandError, self.run_command, ['a']
        )
        self.assertEqual("Failed to abandon 'a': busy", str(err))


class DemoSet(common.Command):
    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        parser.add_argument('share')
        common.add_option(parser, '--new-name', attr='display_name')
        common.add_option(parser, '--status', step='reset_share_status')
        common.add_property_unset_option(
            parser, 'keys',
            step=('delete_share_metadata', {'ignore_missing': False}))
        common.add_clear_options(parser, 'share', 'display_name',
                                 'display_description')
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        return common.apply_changes(
            self,
            parsed_args,
            lambda: self.client.find_share(parsed_args.share),
            'share',
            update='update_share',
            nothing='Nothing to change',
        )


class TestApplyChanges(fakes.CommandTestCase):
    command = DemoSet

    def setUp(self):
        super().setUp()
        self.share = fakes.create_one_share(name='s1')
        self.client.find_share.return_value = self.share

    def test_attrs_in_one_update_then_each_step(self):
        manager = mock.Mock()
        manager.attach_mock(self.client.update_share, 'update')
        manager.attach_mock(self.client.reset_share_status, 'reset')
        manager.attach_mock(self.client.delete_share_metadata, 'unset')
        self.run_command(
            ['s1', '--new-name', 'n', '--status', 'error', '--property', 'k']
        )
        self.assertEqual(
            [
                mock.call.update(self.share, display_name='n'),
                mock.call.reset(self.share, 'error'),
                mock.call.unset(self.share, ['k'], ignore_missing=False),
            ],
            manager.mock_calls,
        )

    def test_clearing_options_send_none(self):
        self.run_command(['s1', '--description'])
        self.client.update_share.assert_called_once_with(
            self.share, display_description=None
        )

    def test_nothing_given_fails_before_any_lookup(self):
        err = self.assertRaises(
            exceptions.CommandError, self.run_command, ['s1']
        )
        self.assertEqual('Nothing to change', str(err))
        self.client.find_share.assert_not_called()

    def test_failed_step_reported_with_the_others_applied(self):
        self.client.reset_share_status.side_effect = RuntimeError('denied')
        err = self.assertRaises(
            exceptions.CommandError,
            self.run_command,
            ['s1', '--new-name', 'n', '--status', 'error'],
        )
        self.assertEqual('1 of 2 changes to share s1 failed', str(err))
        self.client.update_share.assert_called_once_with(
            self.share, display_name='n'
        )
