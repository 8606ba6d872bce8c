"""The layer's declared commands: RemoveCommand and apply_changes."""

from unittest import mock

from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.v2.common import changes
from osc_share_plugin.v2.common import targets
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

    def test_declared_steps_are_made_only_when_run(self):
        parsed = self.parse(['s1', '--new-name', 'n', '--status', 'error'])
        steps = changes.declared_steps(
            self.cmd, parsed, self.share, 'update_share'
        )
        self.assertEqual(2, len(steps))
        self.client.update_share.assert_not_called()
        for step in steps:
            step()
        self.client.update_share.assert_called_once_with(
            self.share, display_name='n'
        )
        self.client.reset_share_status.assert_called_once_with(
            self.share, 'error'
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


THING = targets.Target('thing', 'find_share', plural='things')


class DemoRemoveByTarget(common.RemoveCommand):
    noun = _('things')
    call = 'delete_share'
    target = THING
    target_help = _('Thing(s) to delete (name or ID)')


class TestRemoveByTarget(fakes.CommandTestCase):
    command = DemoRemoveByTarget

    def test_the_target_declares_the_positional_and_finds_each(self):
        found = fakes.create_one_share(name='a')
        self.client.find_share.return_value = found
        parsed = self.parse(['a'])
        self.assertEqual(['a'], parsed.things)
        self.cmd.take_action(parsed)
        self.client.find_share.assert_called_once_with(
            'a', ignore_missing=False
        )
        self.client.delete_share.assert_called_once_with(
            found, ignore_missing=False
        )

    def test_positional_help_and_metavar(self):
        parser = self.cmd.get_parser('demo')
        action = parser._get_positional_actions()[0]
        self.assertEqual('things', action.dest)
        self.assertEqual('<thing>', action.metavar)
        self.assertEqual('+', action.nargs)
        self.assertEqual('Thing(s) to delete (name or ID)', action.help)


class DemoChangeByTarget(common.ChangeCommand):
    noun = _('thing')
    update = 'update_share'
    target = THING
    target_help = _('Thing to modify (name or ID)')
    nothing = _('Nothing to change')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_option(parser, '--new-name', attr='display_name')
        common.add_option(parser, '--status', step='reset_share_status')
        return parser


class DemoChangeLoneErrorAsIs(DemoChangeByTarget):
    name_lone_failure = False


class TestChangeByTarget(fakes.CommandTestCase):
    command = DemoChangeByTarget

    def setUp(self):
        super().setUp()
        self.share = fakes.create_one_share(name='s1')
        self.client.find_share.return_value = self.share

    def test_positional_first_then_the_lookup_and_update(self):
        parser = self.cmd.get_parser('demo')
        self.assertEqual('thing', parser._get_positional_actions()[0].dest)
        self.run_command(['s1', '--new-name', 'n'])
        self.client.find_share.assert_called_once_with(
            's1', ignore_missing=False
        )
        self.client.update_share.assert_called_once_with(
            self.share, display_name='n'
        )

    def test_lone_failure_names_the_resource(self):
        self.client.reset_share_status.side_effect = RuntimeError('denied')
        err = self.assertRaises(
            exceptions.CommandError,
            self.run_command,
            ['s1', '--status', 'error'],
        )
        self.assertEqual('thing s1: denied', str(err))

    def test_lone_failure_as_is_when_asked(self):
        self.cmd = DemoChangeLoneErrorAsIs(self.app, None)
        self.client.reset_share_status.side_effect = RuntimeError('denied')
        err = self.assertRaises(
            RuntimeError, self.run_command, ['s1', '--status', 'error']
        )
        self.assertEqual('denied', str(err))

    def test_several_failures_together_even_as_is(self):
        self.cmd = DemoChangeLoneErrorAsIs(self.app, None)
        self.client.reset_share_status.side_effect = RuntimeError('denied')
        self.client.update_share.side_effect = RuntimeError('denied')
        err = self.assertRaises(
            exceptions.CommandError,
            self.run_command,
            ['s1', '--new-name', 'n', '--status', 'error'],
        )
        self.assertEqual('2 of 2 changes to thing s1 failed', str(err))


class TestTarget(fakes.TestShareV2):
    def test_metavar_of_the_call_wins(self):
        import argparse

        parser = argparse.ArgumentParser()
        action = THING.add(parser, 'help', metavar='<thing_id>')
        self.assertEqual('<thing_id>', action.metavar)
        self.assertEqual('thing', action.dest)


class TestStatusOption(fakes.TestShareV2):
    def parser(self, **kwargs):
        import argparse

        parser = argparse.ArgumentParser()
        action = changes.add_status_option(
            parser, 'thing', ('available', 'error'), 'reset_x', **kwargs
        )
        return parser, action

    def test_help_lists_the_statuses_and_the_step_is_declared(self):
        parser, action = self.parser()
        self.assertEqual(
            'Reset the thing status: available, error (admin only)',
            action.help,
        )
        self.assertEqual(('reset_x', {}, None), action.step)
        self.assertEqual('<status>', action.metavar)
        self.assertRaises(SystemExit, parser.parse_args, ['--status', 'x'])

    def test_others_accepted_when_asked(self):
        parser, action = self.parser(refuse_others=False)
        self.assertIsNone(action.choices)
        self.assertEqual('x', parser.parse_args(['--status', 'x']).status)


class TestPropertyOptions(fakes.TestShareV2):
    def test_set_property_goes_to_its_step_not_the_update(self):
        import argparse

        parser = argparse.ArgumentParser()
        action = changes.add_set_property_option(
            parser, 'thing', 'update_thing_metadata', min_version='2.73'
        )
        self.assertIsNone(action.api_attr)
        self.assertEqual(('update_thing_metadata', {}, None), action.step)
        self.assertTrue(
            action.help.startswith(
                'Set a property on the thing (repeat option to set multiple '
                'properties) (requires'
            )
        )
        parsed = parser.parse_args(['--property', 'k=v'])
        self.assertEqual({'k': 'v'}, parsed.property)

    def test_unset_property_keys_must_be_there(self):
        import argparse

        parser = argparse.ArgumentParser()
        action = changes.add_unset_property_option(
            parser, 'thing', 'delete_thing_metadata'
        )
        self.assertEqual(
            ('delete_thing_metadata', {'ignore_missing': False}, None),
            action.step,
        )
        self.assertEqual(
            'Remove a property from the thing (repeat option to remove '
            'multiple properties)',
            action.help,
        )
        parsed = parser.parse_args(['--property', 'a', '--property', 'b'])
        self.assertEqual(['a', 'b'], parsed.property)
