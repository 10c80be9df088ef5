"""Two client-side fixes for an Azure CLI pointed at the emulator.

Python imports this module at start-up when its folder is on PYTHONPATH: the
test harness puts it there for the `az` processes it runs, and the emulator's
README has users do so for their own `az`. (It takes the place of Debian's
own sitecustomize, which only installs apport's crash handler when apport is
there.) The emulator itself stays as Azure is: both fixes are about the
client.
"""
import functools
import importlib.abc
import re
import sys

# 1. MSAL (1.21, as Debian's azure-cli 2.45 uses it) validates an authority
# host it does not know by calling the public cloud's instance discovery,
# https://login.microsoftonline.com/common/discovery/instance, which cannot
# vouch for an emulator on a loopback address; this CLI has no setting to skip
# it. Hosts MSAL knows skip that call and read the authority's own OpenID
# configuration, so loopback hosts are added to them.
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}

# 2. Debian's azure-cli 2.45 creates role assignments (as `az aks update
# --attach-acr` and `az aks enable-addons -a virtual-node` do) the way
# azure-mgmt-authorization 0.x, which it was written for, took them; Debian
# ships version 3 of that package. The CLI reads the operations'
# `.config`, which version 3 names `_config`; it passes `custom_headers`,
# which version 3 hands on to `requests` as an unknown argument; and it knows
# an assignment that exists by its message being exactly "The role assignment
# already exists.", while version 3's errors put the code in front. So every
# assignment fails, on Azure too (https://github.com/Azure/azure-cli/issues/24959),
# and `az aks update --attach-acr`, which assigns AcrPull twice, waits two
# minutes and gives up. An alias and a wrapper give the CLI what 0.x gave it.
ROLE_OPERATIONS = re.compile(
    r"^azure\.mgmt\.authorization\.v[^.]+\.operations\._role_assignments_operations$"
)


def _trust_loopback(module):
    module.WELL_KNOWN_AUTHORITY_HOSTS.update(LOOPBACK_HOSTS)


def _mend_role_assignments(module):
    operations = getattr(module, "RoleAssignmentsOperations", None)
    if operations is None or hasattr(operations, "config"):
        return
    operations.config = property(lambda self: self._config)
    create = operations.create

    @functools.wraps(create)  # keeps `create.metadata`, which `create` reads
    def create_as_0x(self, *args, custom_headers=None, **kwargs):
        try:
            return create(self, *args, **kwargs)
        except Exception as error:
            if getattr(getattr(error, "error", None), "code", None) == "RoleAssignmentExists":
                error.message = "The role assignment already exists."
            raise

    operations.create = create_as_0x


class _PatchOnImport(importlib.abc.MetaPathFinder):
    """Patches a module right after it is first imported."""

    def find_spec(self, name, path, target=None):
        if name == "msal.authority":
            patch = _trust_loopback
        elif ROLE_OPERATIONS.match(name):
            patch = _mend_role_assignments
        else:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None and spec.loader is not None:
                exec_module = spec.loader.exec_module

                def patched(module, exec_module=exec_module):
                    exec_module(module)
                    patch(module)

                spec.loader.exec_module = patched
                return spec
        return None


sys.meta_path.insert(0, _PatchOnImport())
