#pragma once

class Screenshots;

// Self-service tokens: the Issue-token dialog after a token was issued to a client company, and
// the client edition's Welcome page with that deployment key pasted and checked — against a real
// PostgreSQL registry (the staff member's role issues, the key's own login checks).
class SelfServiceScreens
{
public:
    static bool shoot(const Screenshots& shots);
};
