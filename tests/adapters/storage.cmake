# Storage and system adapter tests: real files in a fresh temporary directory, the real clock.
add_executable(adapters_storage_tests ${CMAKE_CURRENT_LIST_DIR}/storage_local_file_storage_test.cpp)
target_link_libraries(adapters_storage_tests PRIVATE offertracker_storage offertracker_test_main Threads::Threads)
add_test(NAME adapters_storage COMMAND adapters_storage_tests)
set_tests_properties(adapters_storage PROPERTIES LABELS adapters)

add_executable(adapters_system_tests ${CMAKE_CURRENT_LIST_DIR}/system_clock_test.cpp)
target_link_libraries(adapters_system_tests PRIVATE offertracker_system offertracker_test_main)
add_test(NAME adapters_system COMMAND adapters_system_tests)
set_tests_properties(adapters_system PROPERTIES LABELS adapters)
