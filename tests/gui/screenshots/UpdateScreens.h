#pragma once

class Screenshots;

// The Updates tab after Check all has offered a release, and that release's review: real releases
// (the sample's 1.0.0 and 1.1.0 with its manifest) on the local GitHub server, real servers (a
// loopback sshd whose instance folders hold a .version), read over SSH with the operator's
// ssh-agent as the window does, from an embedded registry that lists the instances.
class UpdateScreens
{
public:
    static bool shoot(const Screenshots& shots);
};
