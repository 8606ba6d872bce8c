"""Placeholder: this family is being written; every class is replaced."""

from osc_share_plugin.v2 import common


class CreateShareAccess(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('CreateShareAccess')


class DeleteShareAccess(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('DeleteShareAccess')


class ListShareAccess(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ListShareAccess')


class SetShareAccess(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('SetShareAccess')


class ShowShareAccess(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ShowShareAccess')


class UnsetShareAccess(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('UnsetShareAccess')
