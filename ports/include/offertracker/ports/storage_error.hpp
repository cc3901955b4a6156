// Infrastructure failures of the ports. Expected outcomes are domain::result values; these are exceptions.
#pragma once

#include <stdexcept>

namespace offertracker::ports {

// The store or another external system failed (lost connection, disk full, corrupt data).
// Surfaces answer a generic 500 and log what() — which never holds a password or token.
class storage_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A write broke a uniqueness rule the store enforces (a second outcome for an application, a taken
// email). Use cases pre-check, so this only surfaces when two requests race; they map it to the same
// domain error the pre-check gives.
class unique_violation : public storage_error {
public:
    using storage_error::storage_error;
};

// The transaction lost a race with a concurrent one (PostgreSQL serialization failure or deadlock, SQLite
// still locked after the busy timeout) and was rolled back. Nothing it wrote remains, so running the whole
// use case again is safe; ports::in_write_unit reruns write bodies a few times before it propagates (a 500).
class transaction_conflict : public storage_error {
public:
    using storage_error::storage_error;
};

}  // namespace offertracker::ports
