import Dispatch
import Foundation
import SitrepIngest
import SitrepModel

/// Runs the pipeline over many inputs: reads them one by one, processes a bounded batch on all cores,
/// then hands each finished document, in input order, to `sink` (the store). Memory stays bounded by the batch.
public struct BatchRunner: Sendable {
    public let pipeline: Pipeline
    public var options: PipelineOptions
    /// Inputs processed together; bounds memory.
    public var batchSize: Int
    public var reader: InputReader

    /// What happened to a batch run.
    public struct Summary: Sendable {
        public var documents = 0
        public var failed = 0
        public var events = 0
    }

    public init(pipeline: Pipeline, options: PipelineOptions, batchSize: Int = 64, reader: InputReader = InputReader()) {
        self.pipeline = pipeline
        self.options = options
        self.batchSize = batchSize
        self.reader = reader
    }

    /// Processes every input of `paths`; errors go to `report` (one line each) and the rest go on.
    /// Each batch's documents go to `sink` together (one transaction in the store); if that fails, each
    /// document is stored alone so that one bad document cannot keep the others out. A batch is handed to
    /// `sink` on a writer thread while the next batch is processed, so the store's time overlaps the analysis;
    /// batches reach `sink` one at a time, in input order, and all of them before `run` returns.
    public func run(paths: [String], sink: ([Document]) throws -> Void, report: (String) -> Void) -> Summary {
        withoutActuallyEscaping(sink) { sink in
            withoutActuallyEscaping(report) { report in
                runOverlapped(paths: paths, sink: sink, report: report)
            }
        }
    }

    private func runOverlapped(paths: [String], sink: @escaping ([Document]) throws -> Void,
                               report: @escaping (String) -> Void) -> Summary {
        let progress = Progress(report: report)
        let writer = DispatchQueue(label: "sitrep.batch-writer")
        let writing = DispatchGroup()
        var batch: [RawInput] = []
        func flush() {
            guard !batch.isEmpty else { return }
            var done: [Document] = []
            for (input, result) in zip(batch, processAll(batch)) {
                switch result {
                case .success(let doc): done.append(doc)
                case .failure(let error): progress.failed(IngestError.message(error, input: input.origin))
                }
            }
            batch.removeAll(keepingCapacity: true)
            let finished = done
            writing.wait()  // the previous batch is stored before this one starts
            writer.async(group: writing) { Self.store(finished, sink: sink, progress: progress) }
        }
        reader.read(paths: paths) { item in
            switch item {
            case .success(let input):
                batch.append(input)
                if batch.count >= batchSize { flush() }
            case .failure(let error):
                progress.failed("\(error)")
            }
        }
        flush()
        writing.wait()
        return progress.summary
    }

    /// Hands one batch to `sink`; on failure, each document alone.
    private static func store(_ done: [Document], sink: ([Document]) throws -> Void, progress: Progress) {
        do {
            try sink(done)
            progress.stored(done)
        } catch {
            for doc in done {
                do {
                    try sink([doc])
                    progress.stored([doc])
                } catch {
                    progress.failed("\(doc.origin): not stored: \(error)")
                }
            }
        }
    }

    /// Processes inputs in parallel, results in input order.
    public func processAll(_ inputs: [RawInput]) -> [Result<Document, Error>] {
        let box = ResultBox(count: inputs.count)
        let pipeline = self.pipeline, options = self.options
        DispatchQueue.concurrentPerform(iterations: inputs.count) { i in
            let r: Result<Document, Error> = Result { try pipeline.process(inputs[i], options: options) }
            box.set(i, r)
        }
        return box.values.map { $0! }
    }
}

/// The running summary, updated from the reading thread and the writer thread; error lines go out one at a time.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private var total = BatchRunner.Summary()
    private let report: (String) -> Void

    init(report: @escaping (String) -> Void) { self.report = report }

    func failed(_ message: String) {
        lock.lock()
        defer { lock.unlock() }
        total.failed += 1
        report(message)
    }

    func stored(_ docs: [Document]) {
        lock.lock()
        defer { lock.unlock() }
        total.documents += docs.count
        total.events += docs.reduce(0) { $0 + $1.events.count }
    }

    var summary: BatchRunner.Summary { lock.lock(); defer { lock.unlock() }; return total }
}

/// Collects results written from several threads, each slot once.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Result<Document, Error>?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: Result<Document, Error>) {
        lock.lock()
        values[i] = r
        lock.unlock()
    }
}
