#pragma once

#include <QString>

// What one step will do, as computed by its read-only probe on the real server.
struct PlanItem
{
    enum class State
    {
        Done,
        WillChange,
        Unknown
    };
    QString stepId;
    QString title;
    State state = State::Unknown;
    QString reason;
};
