"""``openstack share type ...`` against the real local cloud."""

from tests.functional import base

HEADERS = [
    'ID',
    'Name',
    'Visibility',
    'Is Default',
    'Required Extra Specs',
    'Optional Extra Specs',
    'Description',
]
FIELDS = [
    'id',
    'name',
    'visibility',
    'is_default',
    'required_extra_specs',
    'optional_extra_specs',
    'description',
]


class ShareTypeTestCase(base.TestCase):
    def create_type(self, *extra, dhss='false', cloud=base.ADMIN):
        name = base.unique('type')
        created = self.ok_json(
            ['share', 'type', 'create', name, dhss, *extra], cloud=cloud
        )
        self.addCleanup(self.delete_type, created['id'])
        return created

    def delete_type(self, type_id):
        base.proxy().delete_share_type(type_id, ignore_missing=True)

    def test_create_public_false_show_and_list(self):
        created = self.create_type(
            '--public', 'False', '--description', 'for tests',
            '--snapshot-support', 'true', '--extra-specs', 'k1=v1', 'k2=v2',
        )  # fmt: skip
        self.assertEqual(FIELDS, list(created))
        self.assertEqual('private', created['visibility'])
        self.assertEqual(
            {'driver_handles_share_servers': 'False'},
            created['required_extra_specs'],
        )
        self.assertEqual(
            {'snapshot_support': 'True', 'k1': 'v1', 'k2': 'v2'},
            created['optional_extra_specs'],
        )
        shown = self.ok_json(['share', 'type', 'show', created['name']])
        self.assertEqual(created, shown)

        # A private type is listed with --all only.
        public = self.ok_json(['share', 'type', 'list'])
        self.assertEqual(HEADERS, list(public[0]))
        self.assertNotIn(created['id'], [t['ID'] for t in public])
        every = self.ok_json(['share', 'type', 'list', '--all'])
        self.assertIn(created['id'], [t['ID'] for t in every])

    def test_list_extra_specs_filter(self):
        created = self.create_type('--extra-specs', f'marker={base.unique()}')
        marker = created['optional_extra_specs']['marker']
        found = self.ok_json(
            ['share', 'type', 'list', '--extra-specs', f'marker={marker}']
        )
        self.assertEqual([created['id']], [t['ID'] for t in found])

    def test_show_default(self):
        default = self.ok_json(['share', 'type', 'show', '--default'])
        self.assertEqual('default', default['name'])
        self.assertTrue(default['is_default'])
        as_member = self.ok_json(
            ['share', 'type', 'show', '--default'], cloud=base.MEMBER
        )
        self.assertEqual(default['id'], as_member['id'])

    def test_set_and_unset_extra_specs_name_visibility(self):
        created = self.create_type('--extra-specs', 'a=1', 'b=2')
        new_name = base.unique('renamed')
        self.ok(
            ['share', 'type', 'set', created['id'], '--extra-specs', 'c=3',
             '--name', new_name, '--description', 'new', '--private']
        )  # fmt: skip
        shown = self.ok_json(['share', 'type', 'show', new_name])
        self.assertEqual('private', shown['visibility'])
        self.assertEqual('new', shown['description'])
        self.assertEqual(
            {'a': '1', 'b': '2', 'c': '3'}, shown['optional_extra_specs']
        )
        self.ok(['share', 'type', 'unset', new_name, 'a', 'c'])
        shown = self.ok_json(['share', 'type', 'show', new_name])
        self.assertEqual({'b': '2'}, shown['optional_extra_specs'])

        # A key the type does not have: one line, the others still go.
        _rc, _out, err = self.fails(
            ['share', 'type', 'unset', new_name, 'b', 'nosuch'], rc=1
        )
        self.assertOneLineError(err, 'nosuch')
        shown = self.ok_json(['share', 'type', 'show', new_name])
        self.assertEqual({}, shown['optional_extra_specs'])

    def test_access_by_project_name(self):
        created = self.create_type('--private')
        self.ok(['share', 'type', 'access', 'create', created['name'], 'demo'])
        listed = self.ok_json(
            ['share', 'type', 'access', 'list', created['name']]
        )
        self.assertEqual(['Project ID'], list(listed[0]))
        self.assertEqual(1, len(listed))
        # The member's project now sees the private type.
        seen = self.ok_json(
            ['share', 'type', 'show', created['id']], cloud=base.MEMBER
        )
        self.assertEqual(created['id'], seen['id'])
        self.ok(['share', 'type', 'access', 'delete', created['name'], 'demo'])
        listed = self.ok_json(
            ['share', 'type', 'access', 'list', created['name']]
        )
        self.assertEqual([], listed)

    def test_access_on_a_public_type_is_one_line(self):
        created = self.create_type()
        _rc, _out, err = self.fails(
            ['share', 'type', 'access', 'create', created['name'], 'demo']
        )
        self.assertOneLineError(err)

    def test_nonexistent_type(self):
        for argv in (
            ['share', 'type', 'show', 'nosuch-type'],
            ['share', 'type', 'set', 'nosuch-type', '--extra-specs', 'a=b'],
            ['share', 'type', 'unset', 'nosuch-type', 'a'],
            ['share', 'type', 'access', 'list', 'nosuch-type'],
        ):
            _rc, _out, err = self.fails(argv, rc=1)
            self.assertOneLineError(err, 'nosuch-type')
        _rc, _out, err = self.fails(
            ['share', 'type', 'delete', 'nosuch-type'], rc=1
        )
        self.assertOneLineError(err, "Failed to delete 'nosuch-type'")

    def test_delete_several_one_missing(self):
        one = self.create_type()
        two = self.create_type()
        _rc, _out, err = self.fails(
            ['share', 'type', 'delete', one['id'], 'nosuch-type', two['name']]
        )
        self.assertIn('1 of 3 share types failed to delete.', err)
        self.assertIsNone(base.proxy().find_share_type(one['id']))
        self.assertIsNone(base.proxy().find_share_type(two['id']))

    def test_member_cannot_change_a_type(self):
        created = self.create_type('--extra-specs', 'a=1')
        for argv in (
            ['share', 'type', 'set', created['id'], '--extra-specs', 'a=2'],
            ['share', 'type', 'unset', created['id'], 'a'],
            ['share', 'type', 'delete', created['id']],
            ['share', 'type', 'create', base.unique('type'), 'false'],
        ):
            _rc, _out, err = self.fails(argv, cloud=base.MEMBER)
            self.assertNotIn('Traceback', err)
            lines = [line for line in err.splitlines() if line.strip()]
            self.assertLessEqual(len(lines), 2, err)
        shown = self.ok_json(['share', 'type', 'show', created['id']])
        self.assertEqual({'a': '1'}, shown['optional_extra_specs'])

    def test_bad_boolean_is_one_line_naming_the_option(self):
        _rc, _out, err = self.fails(
            ['share', 'type', 'create', base.unique('type'), 'false',
             '--public', 'maybe'], rc=2,
        )  # fmt: skip
        self.assertIn("argument --public: 'maybe' is not a boolean", err)
        self.assertNotIn('Traceback', err)

    def test_old_microversion_gate(self):
        _rc, _out, err = self.fails(
            ['--os-share-api-version', '2.49', 'share', 'type', 'set',
             'default', '--name', 'x'], rc=1,
        )  # fmt: skip
        self.assertOneLineError(err, '--os-share-api-version 2.50')
