#pragma once

#include "provisioning/InstanceLayout.h"
#include "releases/ReleaseManifest.h"

#include <QList>
#include <QPair>

// The KKT_UPDATE_* variables of one update's steps (resources/steps/update.*.sh) for an instance's
// layout: the update's id and folder, the versions, the migrations to run, the spare port and
// command the new release answers on beside the old one, the rollback window.
class UpdateVariables
{
public:
    struct Inputs
    {
        QString updateId;
        QString from;
        const ReleaseManifest& manifest;
        QString webExec; // the profile's web command line, rendered for the spare port
        int rollbackWindowDays = 7;
    };

    static QList<QPair<QString, QString>> make(const InstanceLayout& layout, const Inputs& inputs);
};
