"""What the proxy's families of methods share.

Many Manila collections have a summary list (IDs and names) and a
``<collection>/detail`` list with every field: listing and finding go
through the same two helpers for each of them. Resources that live under
another (export locations, subnets, access rules) are listed and shown
given their parent as an ID or a resource.
"""

from openstack import exceptions
from openstack import resource


def detail_path(resource_type):
    """``<base path>/detail``: the list with every field."""
    return f'{resource_type.base_path}/detail'


def _ids(parents):
    return {
        key: resource.Resource._get_id(value) for key, value in parents.items()
    }


class CommonMethods:
    """Mixed into the methods classes of the families that use it."""

    def _list_in_detail(self, resource_type, details, /, **query):
        """List ``resource_type``: the detailed list, or with ``details``
        false the summary one."""
        base_path = detail_path(resource_type) if details else None
        return self._list(resource_type, base_path=base_path, **query)

    def _list_under(self, resource_type, **parents):
        """List ``resource_type`` under ``parents``, each an ID or a
        resource: ``_list_under(Location, snapshot_id=snapshot)``."""
        return self._list(resource_type, **_ids(parents))

    def _get_under(self, resource_type, value, **parents):
        """Show ``value`` (an ID or a resource) under ``parents``."""
        return self._get(resource_type, value, **_ids(parents))

    def _find_in_detail(
        self, resource_type, name_or_id, ignore_missing, /, **query
    ):
        """Find by ID (one GET), else by name in the detailed list, so a
        match found by name has every field."""
        return resource_type.find(
            self,
            name_or_id,
            ignore_missing=ignore_missing,
            list_base_path=detail_path(resource_type),
            **query,
        )

    def _delete_or_force(
        self, resource_type, value, ignore_missing, force, **delete_args
    ):
        """Delete ``value``, with the admin-only ``force_delete`` action
        when ``force``; ``delete_args`` go to a plain DELETE."""
        res = self._get_resource(resource_type, value)
        try:
            if force:
                res.force_delete(self)
            else:
                res.delete(self, **delete_args)
        except exceptions.NotFoundException:
            if not ignore_missing:
                raise
