import Testing
@testable import ParleyTUI
