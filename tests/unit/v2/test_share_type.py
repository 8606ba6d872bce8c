"""openstack share type ..."""

from unittest import mock

from openstack import exceptions as sdk_exceptions
from osc_lib.cli import format_columns
from osc_lib import exceptions
from osc_lib.test import base as osc_base

from osc_share_plugin.sdk.v2 import share_type as _share_type
from osc_share_plugin.v2 import share_type
from tests.unit.v2 import fakes

FIELDS = (
    'id',
    'name',
    'visibility',
    'is_default',
    'required_extra_specs',
    'optional_extra_specs',
    'description',
)
HEADERS = (
    'ID',
    'Name',
    'Visibility',
    'Is Default',
    'Required Extra Specs',
    'Optional Extra Specs',
    'Description',
)


def a_type(**attrs):
    body = {
        'name': 'gold',
        'share_type_access:is_public': True,
        'extra_specs': {
            'driver_handles_share_servers': 'False',
            'snapshot_support': 'True',
        },
        'required_extra_specs': {'driver_handles_share_servers': 'False'},
        'is_default': False,
        'description': 'gold type',
    }
    body.update(attrs)
    return fakes.fake(_share_type.ShareType, **body)


def view(t, visibility='public'):
    return (
        t.id,
        t.name,
        visibility,
        t.is_default,
        format_columns.DictColumn({'driver_handles_share_servers': 'False'}),
        format_columns.DictColumn({'snapshot_support': 'True'}),
        t.description,
    )


def by_name(types):
    def find(name_or_id, ignore_missing=True, **query):
        for t in types:
            if name_or_id in (t.id, t.name):
                return t
        raise sdk_exceptions.NotFoundException(f'No share type {name_or_id}')

    return find


class TestCreateShareType(fakes.CommandTestCase):
    command = share_type.CreateShareType

    def setUp(self):
        super().setUp()
        self.new = a_type()
        self.client.create_share_type.return_value = self.new

    def test_create_required_only(self):
        columns, data = self.run_command(['gold', 'False'])
        self.client.create_share_type.assert_called_once_with(
            'gold',
            extra_specs={'driver_handles_share_servers': 'False'},
            is_public=True,
        )
        self.assertEqual(FIELDS, columns)
        self.assertItemEqual(view(self.new), data)

    def test_create_every_option(self):
        self.run_command(
            [
                'gold', 'yes', '--description', 'd',
                '--snapshot-support', 'true',
                '--create-share-from-snapshot-support', 'Off',
                '--revert-to-snapshot-support', '<is> True',
                '--mount-snapshot-support', '0',
                '--extra-specs', 'a=b', 'c=d=e', '--extra-specs', 'f=g',
                '--public', 'False',
            ]
        )  # fmt: skip
        self.client.create_share_type.assert_called_once_with(
            'gold',
            description='d',
            is_public=False,
            extra_specs={
                'driver_handles_share_servers': 'True',
                'snapshot_support': 'True',
                'create_share_from_snapshot_support': 'False',
                'revert_to_snapshot_support': '<is> True',
                'mount_snapshot_support': 'False',
                'a': 'b',
                'c': 'd=e',
                'f': 'g',
            },
        )

    def test_create_private_flag(self):
        self.run_command(['gold', 'false', '--private'])
        self.assertIs(
            False, self.client.create_share_type.call_args.kwargs['is_public']
        )

    def test_create_public_bare_flag(self):
        self.run_command(['gold', 'false', '--public'])
        self.assertIs(
            True, self.client.create_share_type.call_args.kwargs['is_public']
        )

    def test_create_bad_values(self):
        for argv in (
            ['gold', 'maybe'],
            ['gold', 'false', '--public', 'maybe'],
            ['gold', 'false', '--snapshot-support', 'sometimes'],
            ['gold', 'false', '--extra-specs', 'novalue'],
            ['gold', 'false', '--public', '--private'],
            ['gold'],
        ):
            self.assertRaises(osc_base.ParserException, self.parse, argv)
        self.client.create_share_type.assert_not_called()

    def test_create_dhss_twice(self):
        err = self.assertRaises(
            exceptions.CommandError,
            self.run_command,
            [
                'gold',
                'false',
                '--extra-specs',
                'driver_handles_share_servers=true',
            ],
        )
        self.assertIn('driver_handles_share_servers', str(err))
        self.client.create_share_type.assert_not_called()

    def test_create_description_needs_2_41(self):
        self.set_share_api_version('2.40')
        err = self.assertRaises(
            exceptions.CommandError,
            self.run_command,
            ['gold', 'false', '--description', 'd'],
        )
        self.assertIn('--os-share-api-version 2.41', str(err))
        self.client.create_share_type.assert_not_called()


class TestDeleteShareType(fakes.CommandTestCase):
    command = share_type.DeleteShareType

    def test_delete_several_one_missing(self):
        types = [a_type(name='a'), a_type(name='b')]
        self.client.find_share_type.side_effect = by_name(types)
        err = self.assertRaises(
            exceptions.CommandError, self.run_command, ['a', 'ghost', 'b']
        )
        self.assertEqual('1 of 3 share types failed to delete.', str(err))
        self.assertEqual(
            [mock.call(t, ignore_missing=False) for t in types],
            self.client.delete_share_type.call_args_list,
        )
        self.assertIn('ghost', self.logger.output)


class TestListShareType(fakes.CommandTestCase):
    command = share_type.ListShareType

    def setUp(self):
        super().setUp()
        self.types = [
            a_type(),
            a_type(name='silver', **{'share_type_access:is_public': False}),
        ]
        self.client.share_types.return_value = iter(self.types)

    def test_list(self):
        columns, data = self.run_command([])
        self.client.share_types.assert_called_once_with()
        self.assertEqual(HEADERS, columns)
        rows = list(data)
        self.assertItemEqual(view(self.types[0]), rows[0])
        self.assertItemEqual(view(self.types[1], 'private'), rows[1])

    def test_list_all_and_extra_specs(self):
        self.run_command(['--all', '--extra-specs', 'a=b', 'c=d'])
        self.client.share_types.assert_called_once_with(
            is_public='all', extra_specs={'a': 'b', 'c': 'd'}
        )

    def test_list_extra_specs_needs_2_43(self):
        self.set_share_api_version('2.42')
        self.assertRaises(
            exceptions.CommandError,
            self.run_command,
            ['--extra-specs', 'a=b'],
        )
        self.client.share_types.assert_not_called()


class TestShowShareType(fakes.CommandTestCase):
    command = share_type.ShowShareType

    def test_show_by_name(self):
        t = a_type()
        self.client.find_share_type.return_value = t
        columns, data = self.run_command(['gold'])
        self.client.find_share_type.assert_called_once_with(
            'gold', ignore_missing=False
        )
        self.assertEqual(FIELDS, columns)
        self.assertItemEqual(view(t), data)

    def test_show_default(self):
        t = a_type(is_default=True)
        self.client.get_default_share_type.return_value = t
        columns, data = self.run_command(['--default'])
        self.assertEqual(True, dict(zip(columns, data))['is_default'])
        self.client.find_share_type.assert_not_called()

    def test_show_needs_one_of_type_or_default(self):
        for argv in ([], ['gold', '--default']):
            self.assertRaises(exceptions.CommandError, self.run_command, argv)
        self.client.find_share_type.assert_not_called()
        self.client.get_default_share_type.assert_not_called()


class TestSetShareType(fakes.CommandTestCase):
    command = share_type.SetShareType

    def setUp(self):
        super().setUp()
        self.t = a_type()
        self.client.find_share_type.return_value = self.t

    def test_set_everything(self):
        self.run_command(
            [
                'gold', '--extra-specs', 'a=b', '--name', 'n',
                '--description', 'd', '--public', 'no',
            ]
        )  # fmt: skip
        self.client.update_share_type.assert_called_once_with(
            self.t, name='n', description='d', is_public=False
        )
        self.client.update_share_type_extra_specs.assert_called_once_with(
            self.t, a='b'
        )

    def test_set_extra_specs_only(self):
        self.run_command(['gold', '--extra-specs', 'a=b'])
        self.client.update_share_type.assert_not_called()
        self.client.update_share_type_extra_specs.assert_called_once_with(
            self.t, a='b'
        )

    def test_set_name_needs_2_50(self):
        self.set_share_api_version('2.49')
        err = self.assertRaises(
            exceptions.CommandError, self.run_command, ['gold', '--private']
        )
        self.assertIn('2.50', str(err))
        self.client.find_share_type.assert_not_called()

    def test_set_one_step_fails(self):
        self.client.update_share_type_extra_specs.side_effect = (
            sdk_exceptions.BadRequestException('Invalid extra_spec: x')
        )
        err = self.assertRaises(
            exceptions.CommandError,
            self.run_command,
            ['gold', '--name', 'n', '--extra-specs', 'x=y'],
        )
        self.assertEqual('1 of 2 changes to share type gold failed', str(err))
        self.client.update_share_type.assert_called_once()


class TestUnsetShareType(fakes.CommandTestCase):
    command = share_type.UnsetShareType

    def test_unset(self):
        t = a_type()
        self.client.find_share_type.return_value = t
        self.run_command(['gold', 'a', 'b'])
        self.client.delete_share_type_extra_specs.assert_called_once_with(
            t, ['a', 'b'], ignore_missing=False
        )

    def test_unset_needs_a_key(self):
        self.assertRaises(osc_base.ParserException, self.parse, ['gold'])


class TestShareTypeAccess(fakes.CommandTestCase):
    command = share_type.CreateShareTypeAccess

    def setUp(self):
        super().setUp()
        self.t = a_type(**{'share_type_access:is_public': False})
        self.client.find_share_type.return_value = self.t
        self.identity = self.app.client_manager.sdk_connection.identity
        self.identity.find_project.side_effect = lambda name, **kw: mock.Mock(
            id=f'{name}-id'
        )

    def test_create_resolves_project_names(self):
        self.run_command(['gold', 'demo', 'demo2'])
        self.assertEqual(
            [mock.call(self.t, 'demo-id'), mock.call(self.t, 'demo2-id')],
            self.client.add_share_type_access.call_args_list,
        )
        self.identity.find_project.assert_any_call(
            'demo', ignore_missing=False
        )

    def test_create_with_domain(self):
        self.identity.find_domain.return_value = mock.Mock(id='dom-id')
        self.run_command(['gold', 'demo', '--project-domain', 'dom'])
        self.identity.find_project.assert_called_once_with(
            'demo', ignore_missing=False, domain_id='dom-id'
        )

    def test_create_forbidden_lookup_takes_the_id(self):
        self.identity.find_project.side_effect = (
            sdk_exceptions.ForbiddenException('no')
        )
        self.run_command(['gold', 'abc123'])
        self.client.add_share_type_access.assert_called_once_with(
            self.t, 'abc123'
        )

    def test_delete(self):
        self.cmd = share_type.DeleteShareTypeAccess(self.app, None)
        self.client.remove_share_type_access.side_effect = [
            None,
            sdk_exceptions.NotFoundException('no access'),
        ]
        err = self.assertRaises(
            exceptions.CommandError, self.run_command, ['gold', 'a', 'b']
        )
        self.assertEqual('1 of 2 projects failed to be removed.', str(err))

    def test_list(self):
        self.cmd = share_type.ListShareTypeAccess(self.app, None)
        self.client.share_type_access.return_value = [
            _share_type.ShareTypeAccess.existing(
                project_id='p1', share_type_id=self.t.id
            )
        ]
        columns, data = self.run_command(['gold'])
        self.assertEqual(('Project ID',), columns)
        self.assertEqual([('p1',)], list(data))
        self.client.share_type_access.assert_called_once_with(self.t)
