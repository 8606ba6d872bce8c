"""Share access rules"""

from keystoneauth1 import discover
from openstack import exceptions
from openstack import resource

from osc_share_plugin.sdk.v2 import _base

#: ``GET /share-access-rules[/{id}]`` and access-rule metadata exist from
#: this microversion on; below it a share's rules come from an action.
RULES_API_VERSION = '2.45'


def at_least(version, wanted):
    return version is not None and discover.normalize_version_number(
        version
    ) >= discover.normalize_version_number(wanted)


class ShareAccessRule(_base.ShareResource):
    resource_key = 'access'
    resources_key = 'access_list'
    base_path = '/share-access-rules'

    allow_list = True
    allow_fetch = True

    #: Every filter ``GET /share-access-rules`` understands (2.45; the
    #: access_* ones 2.82).
    _query_mapping = resource.QueryParameters(
        'share_id',
        'metadata',
        'access_type',
        'access_to',
        'access_key',
        'access_level',
    )

    access_key = resource.Body('access_key', type=str)
    access_level = resource.Body('access_level', type=str)
    access_to = resource.Body('access_to', type=str)
    access_type = resource.Body('access_type', type=str)
    created_at = resource.Body('created_at', type=str)
    updated_at = resource.Body('updated_at', type=str)
    metadata = resource.Body('metadata', type=dict)
    share_id = resource.Body('share_id', type=str)
    state = resource.Body('state', type=str)
    #: Hide access_to and access_key from other users (2.82, create only).
    lock_visibility = resource.Body('lock_visibility', type=bool)
    #: Forbid deleting the rule while the lock exists (2.82, create only).
    lock_deletion = resource.Body('lock_deletion', type=bool)
    #: Why the rule is locked (2.82, create only).
    lock_reason = resource.Body('lock_reason', type=str)

    @property
    def status(self):
        """The rule's ``state``, under the name waiting looks for."""
        return self.state

    @classmethod
    def rules_of_share(cls, session, share_id, **query):
        """A share's rules: the 2.45 list, else the ``access_list`` action."""
        microversion = cls._get_microversion(session)
        if at_least(microversion, RULES_API_VERSION):
            return cls.list(session, share_id=share_id, **query)
        if query:
            raise exceptions.InvalidResourceQuery(
                message='Access rules can be filtered from microversion '
                f'{RULES_API_VERSION} on',
                extra_data=sorted(query),
            )
        return cls._share_action_list(session, share_id, microversion)

    @classmethod
    def _share_action_list(cls, session, share_id, microversion):
        response = cls._send(
            session,
            'post',
            _base.path('/shares', share_id, 'action'),
            microversion,
            json={'access_list': None},
        )
        rules = []
        for item in _base.document(response, 'access_list', list):
            rule = cls.existing(**{'share_id': share_id, **item})
            rules.append(rule)
        return rules

    @classmethod
    def allow(cls, session, share_id, **attrs):
        """``allow_access`` on the share: the new rule, as created."""
        # The attributes are named as on the wire.
        body = dict(attrs)
        response = cls._send(
            session,
            'post',
            _base.path('/shares', share_id, 'action'),
            json={'allow_access': body},
        )
        rule = cls(connection=session._get_connection())
        rule._translate_response(response)
        if rule.share_id is None:
            rule._body.attributes['share_id'] = share_id
        return rule

    def deny(self, session, share_id, unrestrict=False):
        body = {'access_id': self.id}
        if unrestrict:
            body['unrestrict'] = True
        return self._send(
            session,
            'post',
            _base.path('/shares', share_id, 'action'),
            json={'deny_access': body},
            headers={'Accept': ''},
        )

    def fetch(self, session, *args, **kwargs):
        microversion = self._get_microversion(session)
        if at_least(microversion, RULES_API_VERSION) or not self.share_id:
            return super().fetch(session, *args, **kwargs)
        # Before 2.45 a rule is only seen among its share's rules.
        for rule in self._share_action_list(
            session, self.share_id, microversion
        ):
            if rule.id == self.id:
                self._body.attributes.update(rule._body.attributes)
                self._body.clean()
                return self
        raise exceptions.NotFoundException(f'No access rule {self.id}')

    def update_access_level(self, session, access_level):
        """Change the rule's access level (2.88)."""
        response = self._send(
            session,
            'put',
            self._path(),
            json={'update_access': {'access_level': access_level}},
        )
        self._translate_response(response)
        return self

    def set_metadata(self, session, metadata):
        """Add or change metadata items (2.45)."""
        response = self._send(
            session, 'put', self._path('metadata'), json={'metadata': metadata}
        )
        merged = dict(self.metadata or {})
        merged.update(_base.document(response, 'metadata'))
        self._body.attributes['metadata'] = merged
        return self

    def delete_metadata_keys(self, session, keys, ignore_missing=True):
        """Delete each key; with ``ignore_missing=False`` name the absent."""
        _base.delete_each(
            keys,
            lambda key: self._send(
                session, 'delete', self._path('metadata', key)
            ),
            ignore_missing,
            'Metadata keys not found',
        )
