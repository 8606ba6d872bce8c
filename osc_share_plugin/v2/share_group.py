"""Placeholder: this family is being written; every class is replaced."""

from osc_share_plugin.v2 import common


class CreateShareGroup(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('CreateShareGroup')


class DeleteShareGroup(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('DeleteShareGroup')


class ListShareGroup(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ListShareGroup')


class SetShareGroup(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('SetShareGroup')


class ShowShareGroup(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ShowShareGroup')


class UnsetShareGroup(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('UnsetShareGroup')
