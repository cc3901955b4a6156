// New record ids. Thread-safe.
#pragma once

#include <offertracker/domain/types.hpp>

namespace offertracker::ports {

class id_generator {
public:
    virtual ~id_generator() = default;
    // A fresh random (version 4) UUID in canonical lower-case form; never repeats in practice.
    virtual domain::id new_id() = 0;
};

}  // namespace offertracker::ports
