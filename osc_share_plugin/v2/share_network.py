"""Placeholder: this family is being written; every class is replaced."""

from osc_share_plugin.v2 import common


class CreateShareNetwork(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('CreateShareNetwork')


class DeleteShareNetwork(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('DeleteShareNetwork')


class ListShareNetwork(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ListShareNetwork')


class SetShareNetwork(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('SetShareNetwork')


class ShowShareNetwork(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ShowShareNetwork')


class UnsetShareNetwork(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('UnsetShareNetwork')
