"""The class-level tables ShareResource caches give openstacksdk's results"""

from openstack import fields
from openstack import resource
from oslotest import base

from osc_share_plugin.sdk.v2 import share
from osc_share_plugin.sdk.v2 import share_export_location
from osc_share_plugin.sdk.v2 import share_type
from tests.unit.sdk import base as sdk_base

RESOURCES = (
    share.Share,
    share_export_location.ShareExportLocation,
    share_type.ShareType,
)
COMPONENTS = (fields.Body, fields.Header, fields.URI, fields.Computed)
#: Server names, attribute names, a wrong case, an alias with a colon,
#: links and an unknown key.
RAW = {
    'id': 'x',
    'size': 1,
    'name': 't1',
    'Name': 'case',
    'share_proto': 'NFS',
    'share_protocol': 'NFS2',
    'metadata': {'a': 'b'},
    'links': [{'href': 'x'}],
    'share_type_access:is_public': True,
    'preferred': True,
    'is_admin_only': False,
    'path': '/p',
    'share_id': 's1',
    'unknown': 1,
}


class TestCachedTables(base.BaseTestCase):
    def test_mappings_match_openstacksdk(self):
        for cls in RESOURCES:
            for component in COMPONENTS:
                self.assertEqual(
                    dict(
                        resource.Resource._get_mapping.__func__(cls, component)
                    ),
                    dict(cls._get_mapping(component)),
                )

    def test_attributes_match_openstacksdk(self):
        for cls in RESOURCES:
            for components in ((fields.Body, fields.Header), fields.Body):
                self.assertEqual(
                    list(
                        resource.Resource._attributes_iterator.__func__(
                            cls, components
                        )
                    ),
                    list(cls._attributes_iterator(components)),
                )

    def test_consumed_attributes_match_openstacksdk(self):
        for cls in RESOURCES:
            instance = cls.existing(id='x')
            for component in COMPONENTS:
                mapping = cls._get_mapping(component)
                ours, theirs = dict(RAW), dict(RAW)
                self.assertEqual(
                    resource.Resource._consume_attrs(
                        instance, mapping, theirs
                    ),
                    instance._consume_attrs(mapping, ours),
                )
                self.assertEqual(theirs, ours)

    def test_collected_attributes_match_openstacksdk(self):
        class Clashing(share.Share):
            # The same names in two components: the body takes them.
            name_header = resource.Header('name')
            size_uri = resource.URI('size')

        resources = sdk_base.share_resources()
        resources['Clashing'] = Clashing
        for name, cls in sorted(resources.items()):
            instance = cls.existing(id='x')
            for raw in (
                RAW,
                _wire_values(cls),
                # openstacksdk takes computed attributes only when no
                # other component matched.
                {'location': 'here', 'unknown': 1},
                {'location': 'here', 'id': 'x'},
                {},
            ):
                with self.subTest(resource=name, raw=raw):
                    ours, theirs = dict(raw), dict(raw)
                    expected = resource.Resource._collect_attrs(
                        instance, theirs
                    )
                    got = instance._collect_attrs(ours)
                    self.assertEqual(expected, got)
                    self.assertEqual(
                        [list(part) for part in expected],
                        [list(part) for part in got],
                    )
                    self.assertEqual(theirs, ours)

    def test_built_share_reads_back(self):
        raw = {k: v for k, v in RAW.items() if k != 'share_protocol'}
        built = share.Share.existing(**raw)
        self.assertEqual('NFS', built.share_protocol)
        self.assertEqual({'a': 'b'}, built.metadata)
        self.assertEqual('NFS', built.to_dict()['share_protocol'])


def _wire_values(cls, skip=()):
    """A value of each body and header attribute's type, by wire name.

    Lists hold a dict and dicts a key, so copies and nested values show;
    attributes in ``skip`` are left out, so their defaults show.
    """
    values = {}
    for attr, component in cls._attributes_iterator(
        (fields.Body, fields.Header)
    ):
        if attr in skip:
            continue
        kind = component.type
        if kind is bool:
            value = True
        elif kind is int:
            value = '7'  # as some servers send numbers: converted
        elif kind is list:
            value = [{'nested': attr}]
        elif kind is dict:
            value = {'key': attr}
        else:
            value = f'{attr}-value'
        values[component.name] = value
    return values


class TestToDict(base.BaseTestCase):
    """The cached ``to_dict`` plan gives openstacksdk's dictionaries."""

    def _assert_same(self, instance, **kwargs):
        theirs = resource.Resource.to_dict(instance, **kwargs)
        ours = instance.to_dict(**kwargs)
        self.assertEqual(theirs, ours)
        self.assertEqual(list(theirs), list(ours))  # same keys, same order
        return ours

    def test_every_resource_matches_openstacksdk(self):
        resources = sdk_base.share_resources()
        self.assertIn(f'{share.__name__}.Share', resources)
        for name, cls in sorted(resources.items()):
            with self.subTest(resource=name):
                every = cls.existing(**_wire_values(cls))
                self._assert_same(every)
                self._assert_same(every, ignore_none=True)
                self._assert_same(every, original_names=True)
                self._assert_same(every, headers=False)
                self._assert_same(every, body=1, _to_munch=False)
                self.assertEqual(
                    resource.Resource.to_dict(every, True, False),
                    every.to_dict(True, False),
                )
                # Missing attributes give their defaults, 'id' included.
                self._assert_same(cls.existing(**_wire_values(cls, {'id'})))
                self._assert_same(cls.new())

    def test_overridden_attributes_read_through_getattr(self):
        class Overridden(share.Share):
            @property
            def size(self):
                return 42

        built = Overridden.existing(id='x', size=1)
        self.assertEqual(42, self._assert_same(built)['size'])

    def test_lists_are_copies(self):
        from osc_share_plugin.sdk.v2 import share_group

        built = share_group.ShareGroup.existing(id='x', share_types=['a'])
        built.to_dict()['share_types'].append('b')
        self.assertEqual(['a'], built.share_types)

    def test_typed_and_untyped_lists(self):
        class Listing(share.Share):
            numbers = resource.Body('numbers', type=list, list_type=int)
            anything = resource.Body('anything')

        built = Listing.existing(id='x', numbers=['1', '2'], anything=['a'])
        got = self._assert_same(built)
        self.assertEqual([1, 2], got['numbers'])
        # openstacksdk copies a list even where no type converts it.
        got['anything'].append('b')
        self.assertEqual(['a'], built.anything)

    def test_converts_like_the_descriptor(self):
        built = share.Share.existing(id='x', size='3')
        self.assertEqual(3, self._assert_same(built)['size'])


def _state(instance):
    """What a resource holds, as comparable values."""
    state = dict(vars(instance))
    for key in ('_body', '_header', '_uri', '_computed'):
        manager = state.pop(key)
        state[key] = (manager.attributes, manager._dirty)
    return state, dict(instance)


class TestInit(base.BaseTestCase):
    """ShareResource builds the state openstacksdk's __init__ builds."""

    def _theirs(self, cls, synchronized, attrs):
        instance = cls.__new__(cls)
        resource.Resource.__init__(
            instance, _synchronized=synchronized, **dict(attrs)
        )
        return instance

    def test_every_resource_matches_openstacksdk(self):
        for name, cls in sorted(sdk_base.share_resources().items()):
            for attrs in (
                _wire_values(cls),
                {**RAW, 'microversion': '2.70'},
                {'location': 'here'},
                {},
            ):
                for synchronized in (True, False):
                    with self.subTest(resource=name, attrs=attrs):
                        self.assertEqual(
                            _state(self._theirs(cls, synchronized, attrs)),
                            _state(cls(_synchronized=synchronized, **attrs)),
                        )

    def test_aliases_registered_as_openstacksdk_does(self):
        class Aliased(share.Share):
            nickname = resource.Body('nickname', aka='alias_of_nickname')

        built = Aliased.existing(id='x', nickname='n')
        self.assertEqual('nickname', built._attr_aliases['alias_of_nickname'])
        self.assertEqual('n', built.alias_of_nickname)


class TestNoConnection(base.BaseTestCase):
    def test_resources_keep_no_connection(self):
        # A connection would cost a token check per listed row, for a
        # 'location' nobody reads.
        connection = object()
        built = share.Share.existing(connection=connection, id='x')
        self.assertIsNone(built._connection)
