"""openstack share group type ... and share group type access ..."""

from unittest import mock

from openstack import exceptions as sdk_exceptions
from osc_lib import exceptions
from osc_lib.test import base as osc_base

from osc_share_plugin.sdk.v2 import share_group_type as _gtype
from osc_share_plugin.sdk.v2 import share_type as _share_type
from osc_share_plugin.v2 import share_group_type as gtype_cmd
from tests.unit.v2 import fakes
from tests.unit.v2 import test_share_group

FIELDS = (
    'id',
    'name',
    'share_types',
    'visibility',
    'is_default',
    'group_specs',
)
HEADERS = ('ID', 'Name', 'Share Types', 'Visibility', 'Is Default',
           'Group Specs')  # fmt: skip


def type_fake(**attrs):
    attrs.setdefault('share_types', ['st-1'])
    attrs.setdefault('group_specs', {'consistent_snapshot_support': 'pool'})
    return fakes.fake(_gtype.ShareGroupType, **attrs)


class TypeTestCase(test_share_group.GroupTestCase):
    def setUp(self):
        super().setUp()
        self.types = [type_fake(is_public=True), type_fake(is_public=False)]
        self.gtype = self.types[0]
        self.private = self.types[1]
        self.client.find_share_group_type.side_effect = (
            test_share_group.finder(self.types, 'ShareGroupType')
        )
        self.share_types = fakes.fakes(_share_type.ShareType, 2)
        self.client.find_share_type.side_effect = test_share_group.finder(
            self.share_types, 'ShareType'
        )


class TestCreateShareGroupType(TypeTestCase):
    command = gtype_cmd.CreateShareGroupType

    def setUp(self):
        super().setUp()
        self.client.create_share_group_type.return_value = self.gtype

    def test_create(self):
        columns, data = self.run_command(
            ['gt', self.share_types[0].name, self.share_types[1].id],
            [('name', 'gt'), ('public', None)],
        )
        self.client.create_share_group_type.assert_called_once_with(
            'gt', [st.id for st in self.share_types], is_public=True
        )
        self.assertEqual(FIELDS, columns)
        shown = dict(zip(columns, data))
        self.assertEqual('public', shown['visibility'])
        self.assertEqual(['st-1'], shown['share_types'].machine_readable())
        self.assertEqual(
            {'consistent_snapshot_support': 'pool'},
            shown['group_specs'].machine_readable(),
        )

    def test_create_private_with_specs(self):
        self.run_command(
            ['gt', self.share_types[0].id, '--public', 'False',
             '--group-specs', 'consistent_snapshot_support=host', 'a=b'],
            [('public', False),
             ('group_specs', {'consistent_snapshot_support': 'host',
                              'a': 'b'})],
        )  # fmt: skip
        self.client.create_share_group_type.assert_called_once_with(
            'gt',
            [self.share_types[0].id],
            group_specs={'consistent_snapshot_support': 'host', 'a': 'b'},
            is_public=False,
        )

    def test_create_private_flag(self):
        self.run_command(['gt', self.share_types[0].id, '--private'])
        self.client.create_share_group_type.assert_called_once_with(
            'gt', [self.share_types[0].id], is_public=False
        )

    def test_create_unknown_share_type_is_one_line(self):
        parsed_args = self.parse(['gt', 'ghost'])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual('No ShareType ghost', str(err))
        self.client.create_share_group_type.assert_not_called()

    def test_create_bad_group_spec(self):
        self.assertRaises(
            osc_base.ParserException,
            self.parse,
            ['gt', 'st', '--group-specs', 'novalue'],
        )

    def test_create_needs_share_types(self):
        self.assertRaises(osc_base.ParserException, self.parse, ['gt'])

    def test_create_by_member_is_one_line(self):
        self.client.create_share_group_type.side_effect = (
            sdk_exceptions.ForbiddenException(
                message='x',
                details='Policy does not allow share_group_type:create',
            )
        )
        parsed_args = self.parse(['gt', self.share_types[0].id])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual(
            'Policy does not allow share_group_type:create', str(err)
        )

    def test_create_needs_2_31(self):
        self.assertNeeds231(['gt', 'st'])


class TestDeleteShareGroupType(TypeTestCase):
    command = gtype_cmd.DeleteShareGroupType

    def test_delete(self):
        self.run_command([t.name for t in self.types])
        self.assertEqual(
            [mock.call(t, ignore_missing=False) for t in self.types],
            self.client.delete_share_group_type.call_args_list,
        )

    def test_delete_in_use_is_one_line(self):
        self.client.delete_share_group_type.side_effect = (
            sdk_exceptions.BadRequestException(
                message='x', details='Target share group type is in use.'
            )
        )
        parsed_args = self.parse([self.gtype.name])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual(
            f"Failed to delete '{self.gtype.name}': Target share group type "
            'is in use.',
            str(err),
        )

    def test_delete_partial_failure(self):
        parsed_args = self.parse(['ghost', self.gtype.id])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual(
            '1 of 2 share group types failed to delete.', str(err)
        )
        self.client.delete_share_group_type.assert_called_once_with(
            self.gtype, ignore_missing=False
        )


class TestListShareGroupType(TypeTestCase):
    command = gtype_cmd.ListShareGroupType

    def setUp(self):
        super().setUp()
        self.client.share_group_types.return_value = iter(self.types)

    def test_list(self):
        columns, data = self.run_command([])
        self.client.share_group_types.assert_called_once_with()
        self.assertEqual(HEADERS, columns)
        rows = list(data)
        self.assertEqual([t.id for t in self.types], [row[0] for row in rows])
        self.assertEqual(['public', 'private'], [row[3] for row in rows])
        self.assertEqual('st-1', rows[0][2].human_readable())

    def test_list_all_and_specs(self):
        self.run_command(['--all', '--group-specs', 'a=b'])
        self.client.share_group_types.assert_called_once_with(
            is_public='all', group_specs={'a': 'b'}
        )

    def test_list_group_specs_needs_2_66(self):
        self.set_share_api_version('2.65')
        parsed_args = self.parse(['--group-specs', 'a=b'])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn('--os-share-api-version 2.66', str(err))
        self.client.share_group_types.assert_not_called()

    def test_list_needs_2_31(self):
        self.assertNeeds231([])


class TestShowShareGroupType(TypeTestCase):
    command = gtype_cmd.ShowShareGroupType

    def test_show(self):
        columns, data = self.run_command([self.private.name])
        self.assertEqual(FIELDS, columns)
        shown = dict(zip(columns, data))
        self.assertEqual(self.private.id, shown['id'])
        self.assertEqual('private', shown['visibility'])

    def test_show_default(self):
        default = type_fake(is_default=True)
        self.client.get_default_share_group_type.return_value = default
        columns, data = self.run_command(['--default'])
        self.assertEqual(default.id, dict(zip(columns, data))['id'])
        self.assertTrue(dict(zip(columns, data))['is_default'])
        self.client.find_share_group_type.assert_not_called()

    def test_show_no_default(self):
        self.client.get_default_share_group_type.side_effect = (
            sdk_exceptions.NotFoundException(
                message='x', details='Default share group type not found.'
            )
        )
        parsed_args = self.parse(['--default'])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual('Default share group type not found.', str(err))

    def test_show_needs_one_of_type_or_default(self):
        for argv in ([], [self.gtype.name, '--default']):
            parsed_args = self.parse(argv)
            self.assertRaises(
                exceptions.CommandError, self.cmd.run, parsed_args
            )
        self.assertEqual([], self.client.method_calls)

    def test_show_needs_2_31(self):
        self.assertNeeds231([self.gtype.id])


class TestSetShareGroupType(TypeTestCase):
    command = gtype_cmd.SetShareGroupType

    def test_set_specs(self):
        self.run_command(
            [self.gtype.name, '--group-specs', 'a=b', 'c=d',
             '--group-specs', 'e=f'],
        )  # fmt: skip
        self.client.update_share_group_type_specs.assert_called_once_with(
            self.gtype, a='b', c='d', e='f'
        )

    def test_set_nothing(self):
        self.run_command([self.gtype.name])
        self.client.update_share_group_type_specs.assert_not_called()

    def test_set_by_member_is_one_line(self):
        self.client.update_share_group_type_specs.side_effect = (
            sdk_exceptions.ForbiddenException(message='Forbidden')
        )
        parsed_args = self.parse([self.gtype.name, '--group-specs', 'a=b'])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual('Forbidden', str(err))


class TestUnsetShareGroupType(TypeTestCase):
    command = gtype_cmd.UnsetShareGroupType

    def test_unset(self):
        self.run_command([self.gtype.id, 'a', 'b'])
        self.client.delete_share_group_type_specs.assert_called_once_with(
            self.gtype, ['a', 'b'], ignore_missing=False
        )

    def test_unset_needs_a_key(self):
        self.assertRaises(
            osc_base.ParserException, self.parse, [self.gtype.id]
        )


class TestShareGroupTypeAccess(TypeTestCase):
    def setUp(self):
        super().setUp()
        self.app.client_manager.sdk_connection = mock.Mock()
        self.identity = self.app.client_manager.sdk_connection.identity
        self.identity.find_project.side_effect = (
            lambda name, ignore_missing, **q: mock.Mock(id=f'{name}-id')
        )


class TestCreateShareGroupTypeAccess(TestShareGroupTypeAccess):
    command = gtype_cmd.CreateShareGroupTypeAccess

    def test_create(self):
        self.run_command([self.private.name, 'demo', 'demo2'])
        self.assertEqual(
            [
                mock.call(self.private, 'demo-id'),
                mock.call(self.private, 'demo2-id'),
            ],
            self.client.add_share_group_type_access.call_args_list,
        )

    def test_create_with_domain(self):
        self.identity.find_domain.return_value = mock.Mock(id='dom-id')
        self.run_command(
            [self.private.name, 'demo', '--project-domain', 'Default']
        )
        self.identity.find_project.assert_called_once_with(
            'demo', ignore_missing=False, domain_id='dom-id'
        )

    def test_create_partial_failure(self):
        self.client.add_share_group_type_access.side_effect = [
            None,
            sdk_exceptions.ConflictException(message='exists'),
        ]
        parsed_args = self.parse([self.private.name, 'demo', 'demo2'])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual(
            '1 of 2 projects failed to be given access.', str(err)
        )


class TestDeleteShareGroupTypeAccess(TestShareGroupTypeAccess):
    command = gtype_cmd.DeleteShareGroupTypeAccess

    def test_delete(self):
        self.run_command([self.private.id, 'demo'])
        self.client.remove_share_group_type_access.assert_called_once_with(
            self.private, 'demo-id'
        )

    def test_delete_unknown_type(self):
        parsed_args = self.parse(['ghost', 'demo'])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual('No ShareGroupType ghost', str(err))


class TestListShareGroupTypeAccess(TestShareGroupTypeAccess):
    command = gtype_cmd.ListShareGroupTypeAccess

    def test_list(self):
        access = [
            _gtype.ShareGroupTypeAccess(
                project_id='p1', share_group_type_id=self.private.id
            )
        ]
        self.client.share_group_type_access.return_value = access
        columns, data = self.run_command([self.private.name])
        self.client.share_group_type_access.assert_called_once_with(
            self.private
        )
        self.assertEqual(('Project ID',), columns)
        self.assertEqual([('p1',)], list(data))

    def test_list_public_type(self):
        parsed_args = self.parse([self.gtype.name])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual(
            f'Share group type {self.gtype.name} is public: every project '
            'may use it',
            str(err),
        )
        self.client.share_group_type_access.assert_not_called()
