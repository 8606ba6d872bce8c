"""Placeholder: this family is being written; every class is replaced."""

from osc_share_plugin.v2 import common


class CreateShareGroupSnapshot(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('CreateShareGroupSnapshot')


class DeleteShareGroupSnapshot(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('DeleteShareGroupSnapshot')


class ListShareGroupSnapshot(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ListShareGroupSnapshot')


class ListShareGroupSnapshotMembers(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ListShareGroupSnapshotMembers')


class SetShareGroupSnapshot(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('SetShareGroupSnapshot')


class ShowShareGroupSnapshot(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ShowShareGroupSnapshot')


class UnsetShareGroupSnapshot(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('UnsetShareGroupSnapshot')
