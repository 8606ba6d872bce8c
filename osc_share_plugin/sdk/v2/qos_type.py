"""QoS types (2.94) and their specs"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _declare


class QosType(_declare.Editable, _base.ShareResource):
    resource_key = 'qos_type'
    resources_key = 'qos_types'
    base_path = '/qos-types'

    _query_mapping = resource.QueryParameters(
        *_declare.NAME_FILTERS,
        *_declare.SORTED_PAGES,
        include_pagination_defaults=False,
    )
    created_at = resource.Body('created_at', type=str)
    description = resource.Body('description', type=str)
    #: ``{'peak_iops': '300', ...}``, strings as the server keeps them.
    specs = resource.Body('specs', type=dict)
    updated_at = resource.Body('updated_at', type=str)

    def _specs_request(self, session, method, *parts, **kwargs):
        return self._send(
            session, method, self._path('specs', *parts), **kwargs
        )

    def set_specs(self, session, **specs):
        self._specs_request(session, 'post', json={'specs': specs})
        self._body.attributes['specs'] = {**(self.specs or {}), **specs}
        return self

    def delete_specs(self, session, keys, ignore_missing=True):
        """Delete each key; with ``ignore_missing=False`` name the absent."""
        remaining = dict(self.specs or {})

        def delete(key):
            self._specs_request(session, 'delete', key)
            remaining.pop(key, None)

        try:
            _base.delete_each(
                keys, delete, ignore_missing, 'QoS type specs not found'
            )
        finally:
            self._body.attributes['specs'] = remaining
        return self
