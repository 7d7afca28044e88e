#pragma once

#include "DeploymentPhases.h"

#include <QString>

// One idempotent step of a deployment: a read-only probe (already done?), an action and a
// verify, each a shell fragment from resources/steps/<id>.sh. Client-side work that belongs to a
// step (the release upload, the Telegram call) is marked by `kind`.
//
// Header lines of a step file ("#! name: value", before the sections) carry its flags:
//   #! recheck: always          a condition of the moment (locks, cloud-init): it runs on every
//                               run and every resume, never "verified earlier"
//   #! interruption: finish     a transaction that must not stop halfway (packages, migrations,
//                               a restore): a first cancel lets it finish, and its action runs
//                               under a server-side unit that outlives the connection
//   #! verify: implied          a probe that says done has checked everything the verify checks
//                               (the same commands, or stronger ones): a batch does not run the
//                               verify again after such a probe; after an action it always runs
struct ProvisioningStep
{
    enum class Kind
    {
        Remote,
        ReleaseUpload,
        TelegramMode
    };

    QString id;
    DeploymentPhase phase = DeploymentPhase::System;
    QString title;
    Kind kind = Kind::Remote;
    QString probe;
    QString action;
    QString verify;
    bool recheckAlways = false;
    bool finishBeforeCancel = false;
    bool verifyImplied = false;
    QString finishingNotice; // shown when a cancel waits for this step, e.g. "Finishing the package …"

    // Splits a step file into its flags and its "## probe", "## action" and "## verify" sections.
    // False when a section is missing or a flag is unknown.
    bool parse(const QString& text);
    // The transient systemd unit a finish-before-cancel action runs in on the server.
    QString unitName() const;
};
