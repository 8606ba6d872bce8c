"""Placeholder: this family is being written; every class is replaced."""

from osc_share_plugin.v2 import common


class CreateShareReplica(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('CreateShareReplica')


class DeleteShareReplica(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('DeleteShareReplica')


class ListShareReplicaExportLocation(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ListShareReplicaExportLocation')


class ShowShareReplicaExportLocation(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ShowShareReplicaExportLocation')


class ListShareReplica(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ListShareReplica')


class PromoteShareReplica(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('PromoteShareReplica')


class ResyncShareReplica(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ResyncShareReplica')


class SetShareReplica(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('SetShareReplica')


class ShowShareReplica(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ShowShareReplica')


class UnsetShareReplica(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('UnsetShareReplica')
