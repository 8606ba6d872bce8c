"""The command layer: declared options, gates, lookups, bundles, columns."""

import argparse
import configparser
import functools
import importlib
import os
from unittest import mock

from osc_lib.cli import format_columns
from osc_lib import exceptions
from osc_lib.test import base as osc_base
from osc_lib import utils

from osc_share_plugin.sdk.v2 import share as _share
from osc_share_plugin.v2 import common
from osc_share_plugin.v2.common import access
from osc_share_plugin.v2.common import options
from osc_share_plugin.v2.common import output
from tests.unit.v2 import fakes

REPO = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))


def registered_commands():
    """(key, class) of every command setup.cfg registers."""
    cfg = configparser.ConfigParser()
    cfg.read(os.path.join(REPO, '..', 'setup.cfg'))
    if not cfg.has_section('entry_points'):
        cfg.read(os.path.join(os.path.dirname(REPO), 'setup.cfg'))
    for line in cfg.get('entry_points', 'openstack.share.v2').splitlines():
        if '=' not in line:
            continue
        key, target = (part.strip() for part in line.split('=', 1))
        module, name = target.split(':')
        yield key, getattr(importlib.import_module(module), name)


class Demo(common.Lister):
    """A command declaring one option of each kind."""

    resource = _share.Share

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_option(parser, '--status', attr=True, help='status')
        common.add_option(
            parser, '--snapshot', attr='snapshot_id', find='share_snapshot'
        )
        common.add_option(parser, '--host', attr=True, min_version='2.50')
        common.add_bool_option(
            parser,
            '--public',
            'public',
            attr='is_public',
            off_flag='--private',
        )
        common.add_name_filters(parser, 'share')
        common.add_project_filters(parser, 'shares', user=True)
        common.add_property_option(parser, 'property')
        common.add_key_value_option(
            parser, '--extra-specs', 'specs', attr='extra_specs'
        )
        common.add_long_option(parser, '--detail')
        common.add_paging_options(parser, 'shares', sort='split')
        return parser

    def take_action(self, parsed_args):
        return common.list_items(
            self,
            parsed_args,
            self.app.client_manager.share.shares,
            common.columns(_share.Share, 'id', 'share_protocol'),
            common.columns(_share.Share, 'id', ('size', 'Size GiB')),
        )


class TestOptions(fakes.CommandTestCase):
    command = Demo

    def setUp(self):
        super().setUp()
        self.client.shares.return_value = iter([])
        identity = self.app.client_manager.sdk_connection.identity
        identity.find_project.return_value = mock.Mock(id='p-id')
        identity.find_user.return_value = mock.Mock(id='u-id')
        identity.find_domain.return_value = mock.Mock(id='d-id')
        self.identity = identity

    def attrs(self, argv):
        return common.get_attrs(self.cmd, self.parse(argv))

    def test_nothing_given_nothing_sent(self):
        self.assertEqual({}, self.attrs([]))

    def test_attr_true_is_the_dest(self):
        self.assertEqual(
            {'status': 'error'}, self.attrs(['--status', 'error'])
        )

    def test_find_resolves_through_the_proxy(self):
        self.client.find_share_snapshot.return_value = mock.Mock(id='s-id')
        self.assertEqual(
            {'snapshot_id': 's-id'}, self.attrs(['--snapshot', 'snap1'])
        )
        self.client.find_share_snapshot.assert_called_once_with(
            'snap1', ignore_missing=False
        )

    def test_project_implies_all_projects_and_uses_its_domain(self):
        self.assertEqual(
            {'project_id': 'p-id', 'all_projects': True},
            self.attrs(['--project', 'demo', '--project-domain', 'dom']),
        )
        self.identity.find_domain.assert_called_once_with(
            'dom', ignore_missing=False
        )
        self.identity.find_project.assert_called_once_with(
            'demo', ignore_missing=False, domain_id='d-id'
        )

    def test_user_without_domain(self):
        self.assertEqual({'user_id': 'u-id'}, self.attrs(['--user', 'bob']))
        self.identity.find_domain.assert_not_called()

    def test_bool_option_values(self):
        for text, value in (
            ('True', True), ('yes', True), ('1', True), ('ON', True),
            ('false', False), ('No', False), ('0', False), ('off', False),
        ):  # fmt: skip
            self.assertEqual(
                {'is_public': value}, self.attrs(['--public', text]), text
            )
        self.assertEqual({'is_public': True}, self.attrs(['--public']))
        self.assertEqual({'is_public': False}, self.attrs(['--private']))

    def test_bad_bool_is_one_line_naming_the_option(self):
        stderr = self.useFixture(
            __import__('fixtures').StringStream('stderr')
        ).stream
        with mock.patch('sys.stderr', stderr):
            self.assertRaises(
                osc_base.ParserException, self.parse, ['--public', 'maybe']
            )
        stderr.seek(0)
        last = stderr.read().strip().splitlines()[-1]
        self.assertIn('argument --public', last)
        self.assertIn("'maybe' is not a boolean", last)

    def test_key_value_lists_merge_across_repeats(self):
        self.assertEqual(
            {'extra_specs': {'a': '1', 'b': '2=3', 'c': ''}},
            {
                k: v
                for k, v in self.attrs(
                    ['--extra-specs', 'a=1', 'b=2=3', '--extra-specs', 'c=']
                ).items()
            },
        )
        self.assertRaises(
            osc_base.ParserException, self.parse, ['--extra-specs', 'a']
        )

    def test_name_filters_and_their_gate(self):
        self.assertEqual(
            {'name': 'n', 'name~': 'p', 'description~': 'd'},
            self.attrs(['--name', 'n', '--name~', 'p', '--description~', 'd']),
        )
        self.set_share_api_version('2.35')
        err = self.assertRaises(
            exceptions.CommandError, self.run_command, ['--name~', 'p']
        )
        self.assertIn('--name~ requires --os-share-api-version 2.36', str(err))
        self.client.shares.assert_not_called()

    def test_gate_checked_before_any_lookup(self):
        self.set_share_api_version('2.49')
        self.assertRaises(
            exceptions.CommandError,
            self.run_command,
            ['--host', 'h', '--snapshot', 'snap1'],
        )
        self.client.find_share_snapshot.assert_not_called()

    def test_gate_named_in_help(self):
        parser = self.cmd.get_parser('demo')
        host = next(a for a in parser._actions if a.dest == 'host')
        self.assertIn(
            '(requires --os-share-api-version 2.50 or later)', host.help
        )
        self.assertEqual('<host>', host.metavar)

    def test_list_items_query_paging_and_columns(self):
        columns, rows = self.run_command(
            ['--status', 'available', '--limit', '5', '--sort-key', 'size',
             '--sort-dir', 'desc', '--property', 'k=v']
        )  # fmt: skip
        self.assertEqual(('ID', 'Share Proto'), columns)
        self.client.shares.assert_called_once_with(
            status='available',
            limit=5,
            sort_key='size',
            sort_dir='desc',
            metadata={'k': 'v'},
        )

    def test_long_columns(self):
        columns, _rows = self.run_command(['--detail'])
        self.assertEqual(('ID', 'Size GiB'), columns)

    def test_sort_forms_cannot_mix(self):
        self.assertRaises(
            exceptions.CommandError,
            self.run_command,
            ['--sort', 'name', '--sort-key', 'size'],
        )


class TestVisibilityOptions(osc_base.TestCommand):
    def parse(self, argv):
        parser = argparse.ArgumentParser()
        options.add_visibility_options(parser, 'public', 'private')
        return parser.parse_args(argv)

    def test_public_private_and_a_value_set_one_dest(self):
        self.assertTrue(self.parse(['--public']).public)
        self.assertFalse(self.parse(['--public', 'no']).public)
        self.assertFalse(self.parse(['--private']).public)
        self.assertIsNone(self.parse([]).public)

    def test_sent_as_is_public(self):
        parser = argparse.ArgumentParser()
        action = options.add_visibility_options(parser, 'public', 'private')
        self.assertEqual('is_public', action.api_attr)


class WholeCommandGate(common.Command):
    min_version = '2.80'
    _description = 'Needs backups'

    def take_action(self, parsed_args):
        return 'ran'


class TestWholeCommandGate(fakes.CommandTestCase):
    command = WholeCommandGate

    def test_named_in_the_description(self):
        self.assertEqual(
            'Needs backups (requires --os-share-api-version 2.80 or later)',
            self.cmd.get_description(),
        )

    def test_checked_in_run(self):
        self.set_share_api_version('2.79')
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse([])
        )
        self.assertIn('requires --os-share-api-version 2.80', str(err))

    def test_passes_at_the_version(self):
        self.set_share_api_version('2.80')
        self.cmd.check_microversions(self.parse([]))


class _DemoTypes(access.TypeFamily):
    type_argument = ('demo_type', '<demo-type>', 'demo type')
    find_method = 'find_share_type'
    fields = ('id', 'visibility')

    def view(self, found):
        return {'id': found.id, 'visibility': found.visibility}


class DemoDeleteTypes(_DemoTypes, access.DeleteTypes):
    _description = 'Delete demo types'
    noun = 'demo types'
    call = 'delete_share_type'


class DemoListTypes(_DemoTypes, access.ListTypes):
    _description = 'List demo types'
    resource = _share.Share
    list_method = 'share_types'
    specs_filter = ('--extra-specs', '2.43', 'specs')


class TestDeleteTypes(fakes.CommandTestCase):
    command = DemoDeleteTypes

    def test_positional_from_the_type_argument(self):
        action = next(
            a
            for a in self.cmd.get_parser('x')._actions
            if a.dest == 'demo_types'
        )
        self.assertEqual('<demo-types>', action.metavar)
        self.assertEqual('+', action.nargs)
        self.assertEqual('Demo type(s) to delete (name or ID)', action.help)

    def test_each_found_by_the_family_finder(self):
        found = mock.Mock(id='t1')
        self.client.find_share_type.return_value = found
        self.run_command(['gold'])
        self.client.find_share_type.assert_called_once_with(
            'gold', ignore_missing=False
        )
        self.client.delete_share_type.assert_called_once_with(
            found, ignore_missing=False
        )


class TestListTypes(fakes.CommandTestCase):
    command = DemoListTypes

    def test_columns_and_rows_from_the_family_view(self):
        self.client.share_types.return_value = [
            mock.Mock(id='t1', visibility='public')
        ]
        columns, rows = self.run_command(['--all'])
        self.assertEqual(('ID', 'Visibility'), columns)
        self.assertEqual([('t1', 'public')], [tuple(r) for r in rows])
        self.client.share_types.assert_called_once_with(is_public='all')


class DemoLocations(common.ShowExportLocation):
    _description = 'Show a demo export location'
    parent_argument = ('thing', 'Thing (ID)')
    get_method = 'get_share_replica_export_location'


class TestDeclaredLocationParent(fakes.CommandTestCase):
    command = DemoLocations

    def test_parent_positional_passed_on_as_given(self):
        self.client.get_share_replica_export_location.return_value = (
            fakes.create_one_share()
        )
        self.run_command(['t-1', 'el-1'], [('thing', 't-1')])
        self.client.get_share_replica_export_location.assert_called_once_with(
            'el-1', 't-1'
        )


class TestColumns(osc_base.TestCommand):
    def test_headers_from_wire_names(self):
        attrs, headers = common.columns(
            _share.Share,
            'id',
            'share_protocol',
            'share_network_id',
            ('is_replicated', 'Has Replicas'),
        )
        self.assertEqual(
            ('id', 'share_protocol', 'share_network_id', 'is_replicated'),
            attrs,
        )
        self.assertEqual(
            ('ID', 'Share Proto', 'Share Network ID', 'Has Replicas'), headers
        )

    def test_export_locations_only_from_their_version(self):
        client = mock.Mock(default_microversion='2.8')
        listed = mock.Mock(return_value=[mock.Mock(_body=mock.Mock(
            attributes={'path': '10.0.0.1:/x', 'preferred': True}))])  # fmt: skip
        self.assertEqual(
            {}, output.export_locations_of(client, '2.9', listed, 'p')
        )
        listed.assert_not_called()
        client.default_microversion = '2.9'
        extra = output.export_locations_of(client, '2.9', listed, 'p')
        listed.assert_called_once_with('p')
        self.assertEqual(
            [{'path': '10.0.0.1:/x', 'preferred': True}],
            extra['export_locations'].machine_readable(),
        )

    def test_show_columns_use_wire_names_but_for_exceptions(self):
        share = fakes.create_one_share()
        display, attrs = common.show_columns(share, {'metadata': 'properties'})
        self.assertIn('share_proto', display)
        self.assertIn('properties', display)
        self.assertIn('share_protocol', attrs)
        self.assertNotIn('metadata', display)


def _plain(row):
    """A row's values, formatted columns as their machine-readable form."""
    plain = []
    for value in row:
        if hasattr(value, 'machine_readable'):
            value = value.machine_readable()
        plain.append(value)
    return plain


class TestRowMaker(osc_base.TestCommand):
    """List rows are osc-lib's get_item_properties, read faster."""

    def _assert_as_osc_lib(self, items, attrs, formatters=None):
        make = output.row_maker(attrs, formatters)
        for item in items:
            expected = utils.get_item_properties(
                item, attrs, formatters=formatters or {}
            )
            got = make(item)
            self.assertEqual(_plain(expected), _plain(got))
            self.assertEqual(
                [type(v) for v in expected], [type(v) for v in got]
            )

    def test_every_resource_every_attribute(self):
        from openstack import fields

        from tests.unit.sdk import base as sdk_base

        for name, cls in sorted(sdk_base.share_resources().items()):
            with self.subTest(resource=name):
                every = (fields.Body, fields.Header, fields.URI)
                attrs = [a for a, _ in cls._attributes_iterator(every)]
                # 'status' is a property on some, 'nope' no attribute.
                attrs += ['id', 'status', 'nope', 'Name']
                self._assert_as_osc_lib(fakes.fakes(cls), attrs)

    def test_formatters_and_other_objects(self):
        share = fakes.create_one_share(metadata={'a': 'b'})
        formatters = {
            'metadata': format_columns.DictColumn,
            'export_locations': functools.partial(format_columns.ListColumn),
        }
        other = mock.Mock(spec=['metadata', 'size'], metadata={}, size=3)
        self._assert_as_osc_lib(
            [share, other], ['metadata', 'size', 'export_locations'],
            formatters,
        )  # fmt: skip

    def test_converts_as_the_descriptor(self):
        self._assert_as_osc_lib([fakes.create_one_share(size='7')], ['size'])
        share = fakes.create_one_share(size='7')
        self.assertEqual((7,), output.row_maker(['size'])(share))

    def test_reads_what_was_set_after_the_build(self):
        share = fakes.create_one_share(size=1)
        share.size = 5  # the descriptor: not in the resource's dict
        self.assertEqual((5,), output.row_maker(['size'])(share))

    def test_invalid_formatter(self):
        self.assertRaises(
            exceptions.CommandError,
            output.row_maker,
            ['size'],
            {'size': str},
        )


class TestEveryRegisteredCommand(osc_base.TestCommand):
    """Facts that must hold for every command the plugin registers."""

    def test_list_attrs_are_query_parameters_of_the_resource(self):
        problems = []
        for key, cls in registered_commands():
            if not issubclass(cls, common.Lister):
                continue
            parser = cls(mock.Mock(), None).get_parser(key)
            declared = [
                a for a in parser._actions if getattr(a, 'api_attr', None)
            ]
            if declared and cls.resource is None:
                problems.append(f'{key}: no resource declared')
                continue
            if cls.resource is None:
                continue
            mapping = cls.resource._query_mapping._mapping
            known = set(mapping) | {
                v if isinstance(v, str) else v.get('name', k)
                for k, v in mapping.items()
            }
            for action in declared:
                if action.api_attr not in known:
                    problems.append(
                        f'{key}: {"/".join(action.option_strings)} sends '
                        f'{action.api_attr!r}, which '
                        f'{cls.resource.__name__} does not declare'
                    )
        self.assertEqual([], problems)

    def test_parsers_build_without_an_app(self):
        # cliff's Sphinx extension builds every parser with app=None.
        for key, cls in registered_commands():
            parser = cls(None, None).get_parser('openstack ' + key)
            self.assertIsInstance(parser, argparse.ArgumentParser, key)

    def test_help_has_no_trailing_period(self):
        problems = []
        for key, cls in registered_commands():
            parser = cls(None, None).get_parser(key)
            # cliff's own output options are not ours to word.
            base = next(
                b for b in cls.__mro__ if b.__module__.startswith('cliff.')
            )
            bare = type('Bare', (base,), {'take_action': lambda *a: None})
            theirs = {
                a.dest for a in bare(None, None).get_parser(key)._actions
            }
            for action in parser._actions:
                if action.dest in theirs:
                    continue
                text = (action.help or '').strip()
                if text.endswith('.') and not text.endswith('...'):
                    problems.append(f'{key}: {action.option_strings}')
        self.assertEqual([], problems)
