"""Placeholder: this family is being written; every class is replaced."""

from osc_share_plugin.v2 import common


class CreateShareSecurityService(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('CreateShareSecurityService')


class DeleteShareSecurityService(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('DeleteShareSecurityService')


class ListShareSecurityService(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ListShareSecurityService')


class SetShareSecurityService(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('SetShareSecurityService')


class ShowShareSecurityService(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ShowShareSecurityService')


class UnsetShareSecurityService(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('UnsetShareSecurityService')
