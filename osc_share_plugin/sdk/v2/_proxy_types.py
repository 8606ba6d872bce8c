"""Proxy methods: share types, their extra specs and project access.

Mixed into :class:`osc_share_plugin.sdk.v2._proxy.Proxy`, the one public
proxy class; each family of resources keeps its methods in its own module.
"""

from osc_share_plugin.sdk.v2 import share_type as _share_type


class TypeMethods:
    # ========== Share types ==========

    def share_types(self, **query):
        """List share types.

        :param kwargs query: ``is_public`` (``True``, ``False`` or
            ``'all'``, admin) and ``extra_specs`` (dict, 2.43).
        :returns: A generator of
            :class:`~osc_share_plugin.sdk.v2.share_type.ShareType`
        """
        return self._list(_share_type.ShareType, **query)

    def get_share_type(self, share_type):
        """Show one share type.

        :param share_type: The ID of a share type, or a ShareType.
        :returns: :class:`~osc_share_plugin.sdk.v2.share_type.ShareType`
        """
        return self._get(_share_type.ShareType, share_type)

    def get_default_share_type(self):
        """Show the cloud's default share type (``GET /types/default``).

        :returns: :class:`~osc_share_plugin.sdk.v2.share_type.ShareType`
        :raises: :class:`~openstack.exceptions.NotFoundException` when the
            cloud has no default type.
        """
        return _share_type.ShareType.fetch_default(self)

    def find_share_type(self, name_or_id, ignore_missing=True, **query):
        """Find a share type by ID, else by name (at most 2 requests).

        Private types are found too: names are matched against every type
        the caller may see.

        :param name_or_id: The name or ID of a share type.
        :param bool ignore_missing: When ``False``, raise
            :class:`~openstack.exceptions.NotFoundException` when nothing
            matches.
        :returns: One share type or None
        """
        return _share_type.ShareType.find(
            self,
            name_or_id,
            ignore_missing=ignore_missing,
            list_params={'is_public': 'all', **query},
        )

    def create_share_type(self, name, **attrs):
        """Create a share type.

        :param str name: The name of the type.
        :param attrs: ``extra_specs`` (with ``driver_handles_share_servers``),
            ``is_public``, ``description`` (2.41).
        :returns: The new
            :class:`~osc_share_plugin.sdk.v2.share_type.ShareType`
        """
        return self._create(_share_type.ShareType, name=name, **attrs)

    def update_share_type(self, share_type, **attrs):
        """Rename a share type, change its description or visibility (2.50).

        :param share_type: The ID of a share type, or a ShareType.
        :param attrs: ``name``, ``description``, ``is_public``.
        :returns: The updated
            :class:`~osc_share_plugin.sdk.v2.share_type.ShareType`
        """
        return self._update(_share_type.ShareType, share_type, **attrs)

    def delete_share_type(self, share_type, ignore_missing=True):
        """Delete a share type.

        :param share_type: The ID of a share type, or a ShareType.
        :param bool ignore_missing: When ``False``, a missing type raises
            :class:`~openstack.exceptions.NotFoundException`.
        :returns: ``None``
        """
        self._delete(
            _share_type.ShareType, share_type, ignore_missing=ignore_missing
        )

    def get_share_type_extra_specs(self, share_type):
        """Read a share type's extra specs.

        :param share_type: The ID of a share type, or a ShareType.
        :returns: The ShareType, with ``extra_specs`` filled in.
        """
        res = self._get_resource(_share_type.ShareType, share_type)
        return res.fetch_specs(self)

    def update_share_type_extra_specs(self, share_type, **extra_specs):
        """Add or change extra specs of a share type.

        :param share_type: The ID of a share type, or a ShareType.
        :param extra_specs: The specs to set, as strings.
        :returns: The ShareType, with the specs it now has.
        """
        res = self._get_resource(_share_type.ShareType, share_type)
        return res.set_specs(self, **extra_specs)

    def delete_share_type_extra_specs(
        self, share_type, keys, ignore_missing=True
    ):
        """Remove extra specs from a share type.

        :param share_type: The ID of a share type, or a ShareType.
        :param keys: The spec keys to remove.
        :param bool ignore_missing: When ``False``, keys the type does not
            have raise :class:`~openstack.exceptions.NotFoundException`
            (after every other key was removed).
        :returns: ``None``
        """
        res = self._get_resource(_share_type.ShareType, share_type)
        res.delete_specs(self, keys, ignore_missing)

    def share_type_access(self, share_type):
        """List the projects that may use a private share type.

        :param share_type: The ID of a share type, or a ShareType.
        :returns: A list of
            :class:`~osc_share_plugin.sdk.v2.share_type.ShareTypeAccess`
        """
        res = self._get_resource(_share_type.ShareType, share_type)
        return res.project_access(self)

    def add_share_type_access(self, share_type, project_id):
        """Let a project use a private share type.

        :param share_type: The ID of a share type, or a ShareType.
        :param str project_id: The ID of the project.
        :returns: ``None``
        """
        res = self._get_resource(_share_type.ShareType, share_type)
        res.add_project_access(self, project_id)

    def remove_share_type_access(self, share_type, project_id):
        """Stop a project from using a private share type.

        :param share_type: The ID of a share type, or a ShareType.
        :param str project_id: The ID of the project.
        :returns: ``None``
        """
        res = self._get_resource(_share_type.ShareType, share_type)
        res.remove_project_access(self, project_id)
